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

/** Loads, checks and locates one article's content. Never throws on bad content: it reports it. */
export function loadContent(dir: string, cwd = process.cwd()): LoadedContent {
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
    const path = join(dir, file)
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
    verdictLabels: Object.fromEntries(Object.entries(verdictScale).map(([id, entry]) => [id, asRecord(entry).label])),
  }
  // Syntax first: rules run on what parsed, and a file that did not parse would only add noise.
  if (problems.length > 0) return { modules: withoutThemeReasons(modules), problems: sortProblems(problems), files }

  const everything = { ...modules, notes } as unknown as Everything
  const errors = validateContent(everything)
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
