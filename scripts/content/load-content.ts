// Reads one article's content folder (content/<article>/): parses its Markdown and YAML, checks it
// with the rules of src/content/validation, and says where each error is, as `path:line:col`.
// Build-side only (the Vite plugin, `npm run check:content`, tests): the app gets plain data.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Everything } from '../../src/content/validate'
import { validateContent } from '../../src/content/validate'
import { CONTENT_FILES, type ContentError } from '../../src/content/validation/report'
import { UI_KEYS } from '../../src/lib/ui-keys'
import { NOTE_PROSE, YAML_FILES } from './write-content.mjs'

/** One thing wrong, where an editor finds it. */
export interface ContentProblem {
  path: string
  line: number
  column: number
  message: string
  rule: string
}

/** The modules the app imports (`virtual:content/<name>`), each plain data, and what went wrong. */
export interface LoadedContent {
  modules: Record<string, unknown>
  problems: ContentProblem[]
  /** Every file read, for a dev server to watch. */
  files: string[]
}

/** `path:line:col: message (rule)`, the shape editors' tools and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path}:${problem.line}:${problem.column}: ${problem.message} (${problem.rule})`
}

/** The fields of a claim's file that mark the claim in the text; the rest are its note's. */
const CLAIM_FIELDS = ['passageId', 'quote', 'themes', 'verdict']

type Position = { line: number; column: number }
type Locate = (field: string) => Position
// A node of the `yaml` library's document tree; its own types do not narrow through isMap/isSeq.
type YamlNode = { range?: [number, number, number] | null } | null | undefined

/** A YAML text, possibly inside a Markdown file from `firstLine` on, with positions for its nodes. */
class YamlText {
  readonly doc
  private readonly lines = new LineCounter()
  constructor(
    text: string,
    private readonly firstLine: number,
    report: (at: Position, message: string) => void,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true })
    // A tab in a line's indentation is the commonest slip, and the parser's own report of it is a
    // cascade of token errors: say it plainly, once per line. Otherwise the first parse error is
    // the one to fix (the ones after it follow from it).
    const tabs = [...text.matchAll(/^( *)\t/gm)]
    for (const tab of tabs) {
      const at = this.lines.linePos(tab.index ?? 0)
      report(
        { line: at.line + firstLine, column: (tab[1]?.length ?? 0) + 1 },
        'a tab indents this line; indent with spaces',
      )
    }
    const error = this.doc.errors[0]
    if (error && tabs.length === 0) {
      let offset = error.pos[0]
      let message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/:$/, '')
      if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
        // The parser notices where the text ran out; the editor needs the quote that opened it.
        const quote = /"/.test(message) ? '"' : "'"
        offset = text.lastIndexOf(quote, offset)
        message = `this ${quote} opens a text that is never closed; end it with another ${quote}`
      } else message = message.charAt(0).toLowerCase() + message.slice(1)
      const at = this.lines.linePos(Math.max(offset, 0))
      report({ line: at.line + firstLine, column: at.col }, message)
    }
  }

  position(node: YamlNode): Position {
    const at = this.lines.linePos(node?.range?.[0] ?? 0)
    return { line: at.line + this.firstLine, column: at.col }
  }

  /** Where `field` (e.g. `quote.exact`, `factIds.2`) is inside `root`, or the nearest thing that is. */
  locate(root: unknown, field: string): Position {
    let node = root
    let best = root
    for (const key of field.split('.')) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
        if (!pair) break
        best = pair.value ?? pair.key
        node = pair.value
      } else if (isSeq(node)) {
        const item = node.items[Number(key)]
        if (item === undefined) break
        best = item
        node = item
      } else break
    }
    return this.position(best as YamlNode)
  }

  value(): unknown {
    return this.doc.toJS()
  }
}

/** Splits `---` front matter from a Markdown file: its YAML text, and where the body starts. */
function frontMatter(text: string): { yaml: string; bodyLine: number } | undefined {
  const lines = text.split('\n')
  if (lines[0] !== '---') return undefined
  const end = lines.indexOf('---', 1)
  if (end === -1) return undefined
  return { yaml: `${lines.slice(1, end).join('\n')}\n`, bodyLine: end + 1 }
}

/** A paragraph's words exactly as written (no Markdown inline syntax: `*`, `<`, `&` are text). */
const rawText = (text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
  text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).replace(/[ \t]*\n[ \t]*/g, ' ')

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** How one edition is read: the Spanish one reads es/, and takes from the English what it does not translate. */
export interface EditionOptions {
  /** The language the texts are in: the wording rules look for its words. */
  language?: 'en' | 'es'
  /** A folder to read a file from when `dir` has none (publication.yaml, which has no words). */
  fallbackDir?: string
  /**
   * The English edition's modules: a claim or passage marked `pending: true` takes from them what
   * it does not yet translate, so the page can show the English, marked as such, meanwhile.
   */
  pendingFrom?: Record<string, unknown>
}

/** Files an edition may leave to the English one: they hold no words a reader sees. */
const SHARED_FILES = new Set(['publication.yaml'])

/** Loads, checks and locates one article's content. Never throws on bad content: it reports it. */
export function loadContent(dir: string, cwd = process.cwd(), options: EditionOptions = {}): LoadedContent {
  const problems: ContentProblem[] = []
  const files: string[] = []
  const where = (file: string) => relative(cwd, join(dir, file)) || file
  const problem = (file: string, at: Position, message: string, rule: string) =>
    problems.push({ path: where(file), ...at, message, rule })
  // Where each item is, by the file validation blames and the item's id (or `#index`).
  const located = new Map<string, { file: string; locate: Locate }[]>()
  const register = (blamed: string, id: string, file: string, locate: Locate) => {
    const key = `${blamed}\u0000${id}`
    located.set(key, [...(located.get(key) ?? []), { file, locate }])
  }
  const read = (file: string): string | undefined => {
    const own = join(dir, file)
    const shared = options.fallbackDir && SHARED_FILES.has(file) ? join(options.fallbackDir, file) : undefined
    const path = existsSync(own) || !shared ? own : shared
    files.push(path)
    if (existsSync(path)) return readFileSync(path, 'utf8').replace(/\r\n/g, '\n')
    problem(file, { line: 1, column: 1 }, 'this file is missing', 'missing-file')
    return undefined
  }
  const yamlOf = (file: string, text: string, firstLine = 0) =>
    new YamlText(text, firstLine, (at, message) => problem(file, at, message, 'yaml-syntax'))

  /** A YAML list whose items have ids: registers each item's position; returns the items. */
  const registerList = (blamed: string, file: string, yaml: YamlText, node: unknown, value: unknown) => {
    const items = asList(value)
    const nodes = isSeq(node) ? node.items : []
    items.forEach((item, i) => {
      const itemNode = nodes[i]
      const locate: Locate = (field) => yaml.locate(itemNode, field === '(item)' ? '' : field)
      const record = asRecord(item)
      const id = record.id ?? record.claimId
      if (typeof id === 'string') register(blamed, id, file, locate)
      register(blamed, `#${i}`, file, locate)
    })
    return items
  }

  // The YAML files.
  const data: Record<string, unknown> = {}
  const yamlFiles: Record<string, YamlText> = {}
  for (const [key, file] of Object.entries(YAML_FILES)) {
    const text = read(file)
    if (text === undefined) continue
    const yaml = yamlOf(file, text)
    yamlFiles[key] = yaml
    data[key] = yaml.value()
  }
  const listFile = (key: keyof typeof CONTENT_FILES & string, path: string[] = []) => {
    const yaml = yamlFiles[key]
    if (!yaml) return []
    const node = path.length === 0 ? yaml.doc.contents : yaml.doc.getIn(path, true)
    let value: unknown = data[key]
    for (const step of path) value = asRecord(value)[step]
    return registerList(CONTENT_FILES[key], YAML_FILES[key] ?? '', yaml, node, value)
  }
  const wholeFile = (key: keyof typeof CONTENT_FILES & string, ids: string[]) => {
    const yaml = yamlFiles[key]
    if (!yaml) return
    for (const id of ids)
      register(CONTENT_FILES[key], id, YAML_FILES[key] ?? '', (field) => yaml.locate(yaml.doc.contents, field))
  }
  const themeEntries = listFile('themes')
  // A theme's colours are style, not part of the content model: they become CSS custom properties.
  const themes = themeEntries.map((entry) => {
    const { colour, ...theme } = asRecord(entry)
    return theme
  })
  const themeColours = themeEntries.map((entry, i) => {
    const { id, colour } = asRecord(entry)
    for (const scheme of ['light', 'dark']) {
      for (const part of ['text', 'tint']) {
        const value = asRecord(asRecord(colour)[scheme])[part]
        if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) {
          const yaml = yamlFiles.themes
          const at = yaml?.locate(yaml.doc.getIn([i], true), `colour.${scheme}.${part}`) ?? { line: 1, column: 1 }
          problem(
            YAML_FILES.themes ?? '',
            at,
            `colour.${scheme}.${part} ${value === undefined ? 'is missing' : `must be a colour written #rrggbb; got ${JSON.stringify(value)}`}`,
            'theme-colour',
          )
        }
      }
    }
    return { id: String(id), colour }
  })
  const speakers = listFile('speakers')
  const people = listFile('people')
  const mentions = listFile('mentions')
  const facts = listFile('facts')
  const sources = listFile('sources')
  const figures = listFile('figures')
  const corrections = listFile('corrections')
  const timeline = listFile('timeline', ['events'])
  const takeaways = listFile('editorial', ['takeaways'])
  wholeFile('editorial', ['note'])
  takeaways.forEach((_, i) => {
    const yaml = yamlFiles.editorial
    if (yaml)
      register(CONTENT_FILES.editorial, `takeaways[${i}]`, YAML_FILES.editorial ?? '', (field) =>
        yaml.locate(yaml.doc.getIn(['takeaways', i], true), field),
      )
  })
  wholeFile('publication', ['publication'])
  wholeFile('verdicts', ['verdicts'])
  wholeFile('site', ['site'])
  const ui = readUi(read('ui.yaml'), (at, message, rule) => problem('ui.yaml', at, message, rule), yamlOf)

  // article.md: front matter, the title, sections as `## Title {#id}` and passages as a
  // `<!-- passage ... -->` note (YAML) followed by the paragraph.
  const article = readArticle(
    read('article.md'),
    (at, message, rule) => problem('article.md', at, message, rule),
    yamlOf,
  )
  for (const entry of article.located) register(CONTENT_FILES.article, entry.id, 'article.md', entry.locate)

  // claims/<id>.md, in the order article.md lists them.
  const claims: Record<string, unknown>[] = []
  const notes: Record<string, unknown>[] = []
  const claimFiles = existsSync(join(dir, 'claims'))
    ? readdirSync(join(dir, 'claims'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => name.slice(0, -3))
    : []
  for (const id of claimFiles) {
    if (!article.claimOrder.includes(id)) {
      problem(
        `claims/${id}.md`,
        { line: 1, column: 1 },
        `claim "${id}" is not listed under claims in article.md`,
        'unlisted-claim',
      )
    }
  }
  article.claimOrder.forEach((id, i) => {
    const file = `claims/${id}.md`
    if (!claimFiles.includes(id)) {
      problem(
        'article.md',
        article.claimListed(i),
        `claims lists "${id}", but there is no ${file}`,
        'missing-claim-file',
      )
      return
    }
    const claim = readClaim(
      id,
      read(file),
      (at, message, rule) => problem(file, at, message, rule),
      (text, line) => yamlOf(file, text, line),
    )
    if (!claim) return
    claims.push(claim.claim)
    notes.push(claim.note)
    register(CONTENT_FILES.claims, id, file, claim.locate)
    register(CONTENT_FILES.claims, `#${claims.length - 1}`, file, claim.locate)
  })

  const timelineFile = asRecord(data.timeline)
  const editorial = asRecord(data.editorial)
  const verdictScale = asRecord(data.verdicts)
  const modules: Record<string, unknown> = {
    article: article.value,
    claims,
    claimNotes: notes,
    themes,
    speakers,
    people,
    mentions,
    facts,
    sources,
    figures,
    corrections,
    timeline,
    timelineSpans: timelineFile.spans ?? [],
    timelineCallouts: timelineFile.callouts ?? {},
    editorial: { note: editorial.note, takeaways },
    publication: data.publication,
    site: data.site,
    themeColours,
    verdictScale,
    ui,
    verdictLabels: Object.fromEntries(Object.entries(verdictScale).map(([id, entry]) => [id, asRecord(entry).label])),
  }
  // Syntax first: rules run on what parsed, and a file that did not parse would only add noise.
  if (problems.length > 0) return { modules: withoutThemeReasons(modules), problems: sortProblems(problems), files }

  if (options.pendingFrom) fillPending(notes, options.pendingFrom)
  const everything = { ...modules, notes } as unknown as Everything
  const errors = validateContent(everything, options.language ?? 'en')
  withoutThemeReasons(modules)
  for (const error of errors) {
    const candidates = located.get(`${error.file}\u0000${error.id}`) ?? []
    const at = candidates[error.nth ?? 0] ?? candidates[0]
    const file = at?.file ?? (error.file === CONTENT_FILES.claims ? 'article.md' : error.file)
    problem(file, at?.locate(error.field) ?? { line: 1, column: 1 }, editorMessage(error), error.rule)
  }
  return { modules, problems: sortProblems(problems), files }
}

/**
 * Moves each passage's theme reason out of the article module into its own (`themeReasons`, passage
 * id → reason): only the theme walk shows them, and it loads apart from the page's first script.
 */
function withoutThemeReasons(modules: Record<string, unknown>): Record<string, unknown> {
  const reasons: Record<string, string> = {}
  const article = asRecord(modules.article)
  const sections = asList(article.sections).map((section) => {
    const record = asRecord(section)
    const passages = asList(record.passages).map((passage) => {
      const { themeReason, ...rest } = asRecord(passage)
      if (typeof rest.id === 'string' && typeof themeReason === 'string') reasons[rest.id] = themeReason
      return rest
    })
    return { ...record, passages }
  })
  modules.article = { ...article, sections }
  modules.themeReasons = reasons
  return modules
}

/** The error in an editor's words: the field, then what is wrong with it. */
function editorMessage(error: ContentError): string {
  if (error.field === '(item)') return error.message
  return /^(must|is|needs) /.test(error.message)
    ? `${error.field} ${error.message}`
    : `${error.field}: ${error.message}`
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column)
}

type Report = (at: Position, message: string, rule: string) => void
type YamlOf = (file: string, text: string, firstLine?: number) => YamlText

/** Reads article.md into the Article shape, with where each section and passage is. */
function readArticle(text: string | undefined, report: Report, yamlOf: YamlOf) {
  const located: { id: string; locate: Locate }[] = []
  const empty = { value: {}, claimOrder: [] as string[], claimListed: () => ({ line: 1, column: 1 }), located }
  if (text === undefined) return empty
  const front = frontMatter(text)
  if (!front) {
    report({ line: 1, column: 1 }, 'article.md must begin with front matter between two --- lines', 'article-structure')
    return empty
  }
  const yaml = yamlOf('article.md', front.yaml, 1)
  const { claims: claimList, ...meta } = asRecord(yaml.value())
  const claimOrder = asList(claimList).map(String)
  const claimListed = (i: number) => yaml.locate(yaml.doc.contents, `claims.${i}`)
  const body = text.split('\n').slice(front.bodyLine).join('\n')
  const tree = fromMarkdown(body)
  const lineOf = (node: { position?: { start: { line: number; column: number } } }): Position => ({
    line: (node.position?.start.line ?? 1) + front.bodyLine,
    column: node.position?.start.column ?? 1,
  })
  let title: string | undefined
  let titleAt: Position = { line: 1, column: 1 }
  const sections: Record<string, unknown>[] = []
  let passages: Record<string, unknown>[] | undefined
  let pending: { meta: Record<string, unknown>; yaml: YamlText; node: unknown; at: Position } | undefined
  for (const node of tree.children) {
    const at = lineOf(node)
    const raw = rawText(body, node)
    if (node.type === 'heading' && node.depth === 1 && title === undefined) {
      title = raw.replace(/^#\s+/, '')
      titleAt = at
    } else if (node.type === 'heading' && node.depth === 2) {
      const match = /^##\s+(.*?)\s*\{#([^\s}]+)((?:\s+\.[\w-]+)*)\s*\}$/.exec(raw)
      if (!match) {
        report(at, 'a section heading ends with its id, like {#section-id}', 'article-structure')
        continue
      }
      const [, sectionTitle, id = '', classes = ''] = match
      passages = []
      const section = { id, title: sectionTitle, editorialTitle: /\.editors\b/.test(classes), passages }
      sections.push(section)
      const locate: Locate = () => at
      located.push({ id, locate }, { id: `sections[${sections.length - 1}]`, locate })
    } else if (node.type === 'html' && /^<!--\s*passage\b/.test(node.value)) {
      const lines = node.value.split('\n')
      const inner = lines.slice(1, lines.at(-1)?.trim() === '-->' ? -1 : lines.length).join('\n')
      const passageYaml = yamlOf('article.md', `${inner}\n`, at.line)
      pending = { meta: asRecord(passageYaml.value()), yaml: passageYaml, node: passageYaml.doc.contents, at }
    } else if (node.type === 'paragraph' && pending && passages) {
      const { id, ...meta } = pending.meta
      const passage = { id, text: raw, ...meta }
      passages.push(passage)
      const { yaml: passageYaml, node: metaNode } = pending
      const locate: Locate = (field) =>
        field === 'text' ? at : passageYaml.locate(metaNode, field === '(item)' ? 'id' : field)
      const s = sections.length - 1
      if (typeof id === 'string') located.push({ id, locate })
      located.push({ id: `sections[${s}].passages[${passages.length - 1}]`, locate })
      pending = undefined
    } else if (node.type === 'paragraph' && passages) {
      report(at, 'a passage needs a <!-- passage --> note above it with its id, themes and reason', 'article-structure')
    } else {
      report(at, `only the title, section headings and passages belong here (found ${node.type})`, 'article-structure')
    }
  }
  if (title === undefined)
    report({ line: front.bodyLine + 1, column: 1 }, 'the article needs a title: a line "# Title"', 'article-structure')
  located.push({
    id: 'article',
    locate: (field) =>
      field === 'title' ? titleAt : field === 'sections' ? titleAt : yaml.locate(yaml.doc.contents, field),
  })
  return { value: { title, ...meta, sections }, claimOrder, claimListed, located }
}

/** Reads claims/<id>.md: front matter (the claim and its note) and the note's prose sections. */
function readClaim(
  id: string,
  text: string | undefined,
  report: Report,
  yamlOf: (text: string, line: number) => YamlText,
) {
  if (text === undefined) return undefined
  const front = frontMatter(text)
  if (!front) {
    report({ line: 1, column: 1 }, 'a claim file must begin with front matter between two --- lines', 'claim-structure')
    return undefined
  }
  const yaml = yamlOf(front.yaml, 1)
  const fields = asRecord(yaml.value())
  const body = text.split('\n').slice(front.bodyLine).join('\n')
  const prose: Record<string, string> = {}
  const proseAt: Record<string, Position> = {}
  const headingToField = new Map(Object.entries(NOTE_PROSE).map(([field, heading]) => [heading, field]))
  let current: string | undefined
  for (const node of fromMarkdown(body).children) {
    const at = { line: (node.position?.start.line ?? 1) + front.bodyLine, column: node.position?.start.column ?? 1 }
    const raw = rawText(body, node)
    if (node.type === 'heading' && node.depth === 2) {
      current = headingToField.get(raw.replace(/^##\s+/, ''))
      if (current === undefined) {
        const allowed = Object.values(NOTE_PROSE).join('", "')
        report(at, `unknown section; a note's sections are "${allowed}"`, 'claim-structure')
      } else proseAt[current] = at
    } else if (node.type === 'paragraph' && current !== undefined) {
      prose[current] = prose[current] === undefined ? raw : `${prose[current]}\n\n${raw}`
    } else {
      report(
        at,
        `only "## ${Object.values(NOTE_PROSE).join('" and "## ')}" sections with paragraphs belong here`,
        'claim-structure',
      )
    }
  }
  const claim: Record<string, unknown> = { id }
  const note: Record<string, unknown> = { claimId: id }
  for (const [key, value] of Object.entries(fields)) (CLAIM_FIELDS.includes(key) ? claim : note)[key] = value
  Object.assign(note, prose)
  const locate: Locate = (field) => {
    const top = field.split('.')[0] ?? ''
    if (top in NOTE_PROSE) return proseAt[top] ?? { line: front.bodyLine + 1, column: 1 }
    if (top === 'id' || top === 'claimId' || top === '(item)') return { line: 1, column: 1 }
    return yaml.locate(yaml.doc.contents, field)
  }
  return { claim, note, locate }
}

/** Reads ui.yaml: one text for every key the app names (src/lib/ui-keys.ts), and no other key. */
function readUi(text: string | undefined, report: Report, yamlOf: YamlOf): Record<string, string> {
  const ui: Record<string, string> = {}
  if (text === undefined) return ui
  const yaml = yamlOf('ui.yaml', text)
  const root = yaml.doc.contents
  if (!isMap(root)) {
    report({ line: 1, column: 1 }, 'ui.yaml holds one line per key, like `dialog.close: "Close"`', 'ui-structure')
    return ui
  }
  const known = new Set<string>(UI_KEYS)
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const at = yaml.position(pair.key as YamlNode)
    if (!known.has(key)) {
      report(at, `“${key}” is not a key the app uses; check its spelling against src/lib/ui-keys.ts`, 'ui-unknown-key')
      continue
    }
    const value = isScalar(pair.value) ? pair.value.value : undefined
    if (typeof value !== 'string' || value.trim() === '') {
      report(yaml.position(pair.value as YamlNode) ?? at, `${key} needs a text in quotes`, 'ui-missing-text')
      continue
    }
    ui[key] = value
  }
  const end = { line: text.split('\n').length, column: 1 }
  for (const key of UI_KEYS) {
    if (!(key in ui) && !root.items.some((pair) => isScalar(pair.key) && pair.key.value === key))
      report(end, `no text for “${key}”: add a line \`${key}: "…"\``, 'ui-missing-key')
  }
  return ui
}

/** The fields of a pending claim's note taken from the English until the translation is written. */
const NOTE_TEXTS = ['label', 'ruling', 'context', 'record'] as const

/** Gives each claim marked `pending: true` the English note's texts it has not translated yet. */
function fillPending(notes: Record<string, unknown>[], english: Record<string, unknown>) {
  const englishNotes = new Map(
    asList(english.claimNotes).map((note) => [asRecord(note).claimId, asRecord(note)] as const),
  )
  for (const note of notes) {
    if (note.pending !== true) continue
    const original = englishNotes.get(note.claimId)
    if (!original) continue
    const english = NOTE_TEXTS.filter((field) => note[field] === undefined)
    for (const field of english) note[field] = original[field]
    note.englishFields = english
  }
}

/**
 * Keys whose values are not words but the content's structure: ids, dates, links, numbers, verdicts.
 * A translation keeps them exactly as the English has them.
 */
const STRUCTURE_KEYS = new Set([
  'id',
  'claimId',
  'passageId',
  'personId',
  'themes',
  'verdict',
  'kind',
  'speakerId',
  'factIds',
  'sourceIds',
  'claimIds',
  'takeawayIds',
  'related',
  'checked',
  'updated',
  'date',
  'from',
  'to',
  'confidence',
  'value',
  'factId',
  'provisional',
  'runningTotal',
  'editorialTitle',
  'published',
  'recordEnds',
  'light',
  'dark',
])
/** Words that depend on the language they are found in: where a quote sits, which names a text uses. */
const FREE_KEYS = new Set(['prefix', 'suffix', 'names', 'pending', 'themeReason', 'original', 'language'])

/** Where a module's items live, for errors about a translation that does not mirror the English. */
const MODULE_FILES: Record<string, string> = {
  article: 'article.md',
  themes: 'themes.yaml',
  speakers: 'speakers.yaml',
  people: 'people.yaml',
  mentions: 'mentions.yaml',
  facts: 'facts.yaml',
  sources: 'sources.yaml',
  figures: 'figures.yaml',
  corrections: 'corrections.yaml',
  timeline: 'timeline.yaml',
  timelineSpans: 'timeline.yaml',
  timelineCallouts: 'timeline.yaml',
  editorial: 'editorial.yaml',
  site: 'site.yaml',
  verdictScale: 'verdicts.yaml',
}

/**
 * Loads one edition of an article: the English from `dir`, or the Spanish from `dir/es`, checked as
 * the English is (in Spanish words) and against the English: every passage, claim, note, fact and
 * interface string translated, with the same ids, dates, links, numbers and verdicts. Each Spanish
 * passage carries its English original, which the page shows beside it.
 */
export function loadEdition(dir: string, language: 'en' | 'es', cwd = process.cwd()): LoadedContent {
  const english = loadContent(dir, cwd)
  if (language === 'en') {
    english.modules.originals = null
    return english
  }
  const esDir = join(dir, 'es')
  const spanish = loadContent(esDir, cwd, { language: 'es', fallbackDir: dir, pendingFrom: english.modules })
  const problems = [...english.problems, ...spanish.problems]
  if (problems.length > 0)
    return { ...spanish, problems: sortProblems(problems), files: [...english.files, ...spanish.files] }
  const texts = new Map<string, string[]>()
  const lines = (file: string) => {
    if (!texts.has(file)) {
      const path = join(esDir, file)
      texts.set(file, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [])
    }
    return texts.get(file) ?? []
  }
  /** The index of the first line of `file` from `from` on that `matches`, or -1. */
  const lineIndex = (file: string, matches: (line: string) => boolean, from = 0) =>
    lines(file).findIndex((line, i) => i >= from && matches(line))
  /** The position of the first line of `file` that `matches`, or its first line. */
  const lineWhere = (file: string, matches: (line: string) => boolean): Position => ({
    line: lineIndex(file, matches) + 1 || 1,
    column: 1,
  })
  /** The line of `key` in the item `id` of `file` (or the item, or the file's first line). */
  const locate = (file: string, id: string | undefined, key: string | undefined): Position => {
    const item =
      id === undefined
        ? -1
        : lineIndex(file, (line) => new RegExp(`^\\s*-?\\s*(id|claimId): ${escapeRegExp(id)}\\s*$`).test(line))
    const start = Math.max(item, 0)
    const field =
      key === undefined
        ? -1
        : lineIndex(file, (line) => new RegExp(`^\\s*-?\\s*${escapeRegExp(key)}:`).test(line), start)
    return { line: (field >= 0 ? field : start) + 1, column: 1 }
  }
  const problem = (file: string, at: Position, message: string, rule: string) =>
    problems.push({ path: relative(cwd, join(esDir, file)), ...at, message, rule })

  /** Walks the English and the Spanish side by side: same shape, same structure values, every text translated. */
  const mirror = (file: string, en: unknown, es: unknown, path: string, id: string | undefined) => {
    const key = path.split('.').at(-1) ?? ''
    if (FREE_KEYS.has(key)) return
    if (STRUCTURE_KEYS.has(key)) {
      if (JSON.stringify(en) !== JSON.stringify(es))
        problem(
          file,
          locate(file, id, key),
          `${path} must be the English edition’s ${JSON.stringify(en)}, not ${JSON.stringify(es)}: it is not a text to translate`,
          'translation-structure',
        )
      return
    }
    if (Array.isArray(en)) {
      const list = asList(es)
      if (list.length !== en.length) {
        problem(
          file,
          locate(file, id, key),
          `${path} has ${list.length} items where the English edition has ${en.length}: translate each, in the same order`,
          'translation-missing',
        )
        return
      }
      en.forEach((item, i) => {
        const itemId = asRecord(item).id ?? asRecord(item).claimId
        mirror(file, item, list[i], `${path}.${i}`, typeof itemId === 'string' ? itemId : id)
      })
      return
    }
    if (en && typeof en === 'object') {
      const record = asRecord(es)
      for (const [name, value] of Object.entries(en))
        mirror(file, value, record[name], path ? `${path}.${name}` : name, id)
      return
    }
    if (typeof en === 'string' && (typeof es !== 'string' || es.trim() === ''))
      problem(
        file,
        locate(file, id, key),
        `${path} is not translated: write it in Spanish, or mark the item \`pending: true\` until it is`,
        'translation-missing',
      )
  }
  for (const [name, file] of Object.entries(MODULE_FILES)) {
    if (name === 'article') continue
    mirror(file, english.modules[name], spanish.modules[name], '', undefined)
  }
  // Claims: one file each, the same claims in the same order.
  const enNotes = asList(english.modules.claimNotes)
  const esNotes = new Map(asList(spanish.modules.claimNotes).map((note) => [asRecord(note).claimId, note] as const))
  const esClaims = new Map(asList(spanish.modules.claims).map((claim) => [asRecord(claim).id, claim] as const))
  asList(english.modules.claims).forEach((claim, i) => {
    const id = String(asRecord(claim).id)
    const file = `claims/${id}.md`
    if (!esClaims.has(id)) {
      problem(
        'article.md',
        { line: 1, column: 1 },
        `claim “${id}” is not translated: add ${file}`,
        'translation-missing',
      )
      return
    }
    const { quote: _enQuote, ...enClaim } = asRecord(claim)
    const { quote: _esQuote, ...esClaim } = asRecord(esClaims.get(id))
    mirror(file, enClaim, esClaim, '', id)
    mirror(file, enNotes[i], esNotes.get(id), '', id)
  })
  // The article: the same sections and passages, each passage with its English original.
  const enArticle = asRecord(english.modules.article)
  const esArticle = asRecord(spanish.modules.article)
  const enSections = asList(enArticle.sections).map(asRecord)
  const esSections = asList(esArticle.sections).map(asRecord)
  const sectionLine = (sectionId: unknown) => lineWhere('article.md', (line) => line.includes(`{#${String(sectionId)}`))
  const passageLine = (passageId: unknown) =>
    lineWhere('article.md', (line) => line.trim() === `id: ${String(passageId)}`)
  const originals: Record<string, string> = {}
  const enPassages = new Map(
    enSections.flatMap((section) => asList(section.passages).map((p) => [asRecord(p).id, asRecord(p)] as const)),
  )
  enSections.forEach((section, s) => {
    const other = esSections[s]
    if (!other || other.id !== section.id) {
      problem(
        'article.md',
        other ? sectionLine(other.id) : { line: 1, column: 1 },
        `section ${s + 1} must be “${String(section.id)}”, as in the English article${other ? `, not “${String(other.id)}”` : ''}`,
        'translation-structure',
      )
      return
    }
    const enIds = asList(section.passages).map((p) => asRecord(p).id)
    const esIds = asList(other.passages).map((p) => asRecord(p).id)
    if (JSON.stringify(enIds) !== JSON.stringify(esIds))
      problem(
        'article.md',
        sectionLine(section.id),
        `section “${String(section.id)}” must hold the passages ${enIds.join(', ')}, in that order; it holds ${esIds.join(', ') || 'none'}`,
        'translation-structure',
      )
    for (const passage of asList(other.passages).map(asRecord)) {
      const original = enPassages.get(passage.id)
      if (!original) continue
      if (JSON.stringify(original.themes) !== JSON.stringify(passage.themes))
        problem(
          'article.md',
          passageLine(passage.id),
          `passage “${String(passage.id)}” must carry the English edition’s themes, ${JSON.stringify(original.themes)}`,
          'translation-structure',
        )
      originals[String(passage.id)] = String(original.text)
    }
  })
  if (esSections.length > enSections.length)
    problem(
      'article.md',
      sectionLine(esSections[enSections.length]?.id),
      'the English article has no such section',
      'translation-structure',
    )
  // The English original of each passage and of the title: the Spanish page shows them beside ours.
  spanish.modules.originals = { title: enArticle.title, passages: originals }
  // Interface strings: the same {placeholders} in each.
  const enUi = asRecord(english.modules.ui)
  const esUi = asRecord(spanish.modules.ui)
  const names = (value: unknown) =>
    [...String(value).matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(', ')
  for (const [key, text] of Object.entries(enUi)) {
    if (typeof esUi[key] === 'string' && names(text) !== names(esUi[key])) {
      problem(
        'ui.yaml',
        lineWhere('ui.yaml', (line) => line.startsWith(`${key}:`)),
        `${key} must fill in the same placeholders as the English (${names(text) || 'none'}), not ${names(esUi[key]) || 'none'}`,
        'ui-placeholders',
      )
    }
  }
  return { modules: spanish.modules, problems: sortProblems(problems), files: [...english.files, ...spanish.files] }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
