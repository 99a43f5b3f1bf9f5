// Writes an article's content as the files an editor reads: article.md, one Markdown file per claim
// under claims/, and YAML for the rest. Shared by the converter from the old TypeScript modules
// (scripts/migrate/ts-to-content.mjs), the benchmark's synthetic articles and `npm run new-article`.
// Build-side only: nothing in src/ imports it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Document, isScalar, visit } from 'yaml'

/** The Markdown sections of a claim's file, in order: field → heading. Every other field is front matter. */
export const NOTE_PROSE = { context: 'Context', record: 'What the record shows' }

/** Which YAML file holds which part of the content (the article and the claims are Markdown). */
export const YAML_FILES = {
  themes: 'themes.yaml',
  speakers: 'speakers.yaml',
  people: 'people.yaml',
  mentions: 'mentions.yaml',
  facts: 'facts.yaml',
  sources: 'sources.yaml',
  timeline: 'timeline.yaml',
  figures: 'figures.yaml',
  editorial: 'editorial.yaml',
  corrections: 'corrections.yaml',
  publication: 'publication.yaml',
  verdicts: 'verdicts.yaml',
  site: 'site.yaml',
}

/** YAML as an editor reads it: one field a line, short lists of ids on one line (`[A1, A2]`). */
function yaml(value) {
  const doc = new Document(value)
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value === 'string' && !/[\s,]/.test(item.value))) {
        node.flow = true
      }
    },
  })
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}

const fail = (message) => {
  throw new Error(`content writer: ${message}`)
}

/** One line of text that Markdown keeps as a paragraph's own words (no block syntax, no line break). */
function paragraphLine(text, where) {
  if (typeof text !== 'string' || text.trim() === '') fail(`${where} must be text`)
  if (/\n/.test(text)) fail(`${where} has a line break; a paragraph is one line in the file`)
  if (text !== text.trim()) fail(`${where} begins or ends with spaces`)
  return text
}

/** A heading's `{#id .class}` attributes: the stable id, and `.editors` for a title the editors wrote. */
function sectionHeading(section, s) {
  const known = new Set(['id', 'title', 'editorialTitle', 'passages'])
  const extra = Object.keys(section).filter((key) => !known.has(key))
  if (extra.length > 0) fail(`section ${s} has fields article.md cannot hold: ${extra.join(', ')}`)
  const title = paragraphLine(section.title, `section "${section.id}" title`)
  return `## ${title} {#${section.id}${section.editorialTitle ? ' .editors' : ''}}`
}

/** article.md: front matter (everything but the title and sections), the title, then each section and passage. */
export function articleMarkdown(article, claimOrder) {
  const { title, sections, ...rest } = article
  const parts = [`---\n${yaml({ ...rest, claims: claimOrder })}---`, `# ${paragraphLine(title, 'the title')}`]
  sections.forEach((section, s) => {
    parts.push(sectionHeading(section, s))
    for (const passage of section.passages) {
      const { id, text, ...meta } = passage
      parts.push(`<!-- passage\n${yaml({ id, ...meta })}-->\n${paragraphLine(text, `passage "${id}" text`)}`)
    }
  })
  return `${parts.join('\n\n')}\n`
}

/** claims/<id>.md: the claim and its note as front matter, its context and record as Markdown sections. */
export function claimMarkdown(claim, note) {
  if (!note) fail(`claim "${claim.id}" has no note`)
  const { id, ...claimFields } = claim
  const { claimId, ...noteFields } = note
  const front = { ...claimFields }
  for (const [key, value] of Object.entries(noteFields)) {
    if (key in NOTE_PROSE) continue
    if (key in front) fail(`claim "${id}" has "${key}" both in its claim and in its note`)
    front[key] = value
  }
  const body = Object.entries(NOTE_PROSE).map(([key, heading]) => {
    return `## ${heading}\n\n${paragraphLine(noteFields[key], `note "${id}" ${key}`)}`
  })
  return `---\n${yaml(front)}---\n\n${body.join('\n\n')}\n`
}

/**
 * Every file of one article, as { relative path: text }, from the content model: the shapes of
 * src/content/types.ts, plus `verdicts` (id → label and meaning) and `timeline` as
 * { events, spans, callouts }. Themes may carry a `colour` ({ light, dark } each { text, tint }).
 */
export function contentFiles(content) {
  const { article, claims, claimNotes, ...rest } = content
  const noteOf = new Map(claimNotes.map((note) => [note.claimId, note]))
  if (noteOf.size !== claimNotes.length) fail('two notes name the same claim')
  const orphans = claimNotes.filter((note) => !claims.some((claim) => claim.id === note.claimId))
  if (orphans.length > 0) fail(`notes for claims that do not exist: ${orphans.map((n) => n.claimId).join(', ')}`)
  const claimOrder = claims.map((claim) => claim.id)
  if (claimNotes.some((note, i) => note.claimId !== claimOrder[i])) fail('the notes are not in the order of the claims')
  const files = { 'article.md': articleMarkdown(article, claimOrder) }
  for (const claim of claims) files[`claims/${claim.id}.md`] = claimMarkdown(claim, noteOf.get(claim.id))
  for (const [key, value] of Object.entries(rest)) {
    // The interface's words (ui.yaml), one line per key: read by the loader apart from the content model.
    if (key === 'ui') {
      files['ui.yaml'] = yaml(value)
      continue
    }
    const file = YAML_FILES[key]
    if (!file) fail(`no file holds "${key}"`)
    files[file] = yaml(value)
  }
  const missing = Object.keys(YAML_FILES).filter((key) => !(key in rest))
  if (missing.length > 0) fail(`missing: ${missing.join(', ')}`)
  return files
}

/** Replaces `dir` with exactly these files. */
export function writeContentFolder(dir, files) {
  rmSync(dir, { recursive: true, force: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** The writer's shape from the modules the loader serves (load-content.ts), e.g. to write a variant. */
export function contentFromModules(modules) {
  const colourOf = new Map(modules.themeColours.map((entry) => [entry.id, entry.colour]))
  return {
    // The loader serves theme reasons apart from the article (themeReasons): a file has them in place.
    article: {
      ...modules.article,
      sections: modules.article.sections.map((section) => ({
        ...section,
        passages: section.passages.map((passage) => ({
          ...passage,
          themeReason: modules.themeReasons?.[passage.id] ?? passage.themeReason,
        })),
      })),
    },
    claims: modules.claims,
    claimNotes: modules.claimNotes,
    themes: modules.themes.map((theme) => ({ ...theme, colour: colourOf.get(theme.id) })),
    speakers: modules.speakers,
    people: modules.people,
    mentions: modules.mentions,
    facts: modules.facts,
    sources: modules.sources,
    timeline: { events: modules.timeline, spans: modules.timelineSpans, callouts: modules.timelineCallouts },
    figures: modules.figures,
    editorial: modules.editorial,
    corrections: modules.corrections,
    publication: modules.publication,
    verdicts: modules.verdictScale,
    site: modules.site,
    ui: modules.ui,
  }
}
