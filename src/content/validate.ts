// Checks the whole content model: each item against its schema, then the rules across files
// (unique ids, references that resolve, quotes found exactly once, no overlapping claims).
// Every error names the file, the id and the field, so a broken build says where to look.
import type { z } from 'zod'
import { editorial as shippedEditorial } from './editorial'
import { findQuote } from './quote'
import {
  articleSchema,
  claimNoteSchema,
  claimSchema,
  editorialSchema,
  factSchema,
  passageSchema,
  personSchema,
  sectionSchema,
  sourceSchema,
  speakerSchema,
  takeawaySchema,
  themeSchema,
} from './schema'
import type { ContentBundle, Editorial, NotesBundle } from './types'
import { THEME_IDS } from './types'

export const CONTENT_FILES = {
  article: 'src/content/article.ts',
  themes: 'src/content/themes.ts',
  claims: 'src/content/claims.ts',
  notes: 'src/content/claim-notes.ts',
  speakers: 'src/content/speakers.ts',
  facts: 'src/content/facts.ts',
  sources: 'src/content/sources.ts',
  people: 'src/content/people.ts',
  editorial: 'src/content/editorial.ts',
} as const

export type ContentFile = (typeof CONTENT_FILES)[keyof typeof CONTENT_FILES]

export interface ContentError {
  file: ContentFile
  id: string
  field: string
  message: string
}

/** One line per error: `file: id "x", field "y": message`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: id "${error.id}", field "${error.field}": ${error.message}`
}

/**
 * Everything validation reads. `editorial` defaults to the shipped editor's note and takeaways, so
 * callers that predate it (the prerender entry) still check it; tests pass a broken one.
 */
type Everything = ContentBundle & NotesBundle & { editorial?: Editorial }

function idOf(item: unknown, fallback: string): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>
    for (const key of ['id', 'claimId']) {
      const value = record[key]
      if (typeof value === 'string' && value !== '') return value
    }
  }
  return fallback
}

/** Validates the whole content model and returns every error found (none means valid). */
export function validateContent(content: Everything): ContentError[] {
  const editorial = content.editorial ?? shippedEditorial
  const errors: ContentError[] = []
  const report = (file: ContentFile, id: string, field: string, message: string) =>
    errors.push({ file, id, field, message })

  const check = (file: ContentFile, schema: z.ZodType, item: unknown, fallbackId: string, fieldPrefix = '') => {
    const result = schema.safeParse(item)
    if (result.success) return true
    for (const issue of result.error.issues) {
      const path = [...(fieldPrefix ? [fieldPrefix] : []), ...issue.path.map(String)]
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : ''
      report(file, idOf(item, fallbackId), path.join('.') || '(item)', issue.message + keys)
    }
    return false
  }

  const unique = (file: ContentFile, items: readonly unknown[], field: string, what: string) => {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const id = idOf(item, `#${index}`)
      if (seen.has(id)) report(file, id, field, `duplicate ${what} id`)
      seen.add(id)
    })
    return seen
  }

  // The article: sections and passages share one id space (both become element ids).
  const { article } = content
  check(CONTENT_FILES.article, articleSchema, article, 'article')
  const sections = Array.isArray(article?.sections) ? article.sections : []
  const passages = sections.flatMap((section, s) => {
    check(CONTENT_FILES.article, sectionSchema, section, `sections[${s}]`)
    const list = Array.isArray(section?.passages) ? section.passages : []
    list.forEach((passage, p) => {
      check(CONTENT_FILES.article, passageSchema, passage, `sections[${s}].passages[${p}]`)
    })
    return list
  })
  unique(CONTENT_FILES.article, [...sections, ...passages], 'id', 'section or passage')
  const passageById = new Map(passages.map((passage) => [passage.id, passage]))

  // Themes: exactly the three the product knows, each once.
  content.themes.forEach((theme, i) => {
    check(CONTENT_FILES.themes, themeSchema, theme, `#${i}`)
  })
  const themeIds = unique(CONTENT_FILES.themes, content.themes, 'id', 'theme')
  for (const id of THEME_IDS) {
    if (!themeIds.has(id)) report(CONTENT_FILES.themes, id, 'id', 'theme is missing')
  }

  // Claims: schema, references, anchoring, overlap.
  const claimIds = unique(CONTENT_FILES.claims, content.claims, 'id', 'claim')
  const spans = new Map<string, { id: string; start: number; end: number }[]>()
  content.claims.forEach((claim, i) => {
    if (!check(CONTENT_FILES.claims, claimSchema, claim, `#${i}`)) return
    const passage = passageById.get(claim.passageId)
    if (!passage) {
      report(CONTENT_FILES.claims, claim.id, 'passageId', `no passage "${claim.passageId}"`)
    } else {
      claim.themes.forEach((theme, t) => {
        if (!passage.themes.includes(theme)) {
          report(
            CONTENT_FILES.claims,
            claim.id,
            `themes.${t}`,
            `passage "${passage.id}" does not carry theme "${theme}"`,
          )
        }
      })
      const found = findQuote(passage.text, claim.quote)
      if (found.length !== 1) {
        const how = found.length === 0 ? 'not found' : `found ${found.length} times`
        report(
          CONTENT_FILES.claims,
          claim.id,
          'quote.exact',
          `${how} in passage "${passage.id}" (must be exactly once)`,
        )
      } else {
        const start = found[0] ?? 0
        const list = spans.get(passage.id) ?? []
        list.push({ id: claim.id, start, end: start + claim.quote.exact.length })
        spans.set(passage.id, list)
      }
    }
  })
  for (const list of spans.values()) {
    list.sort((a, b) => a.start - b.start)
    list.forEach((span, i) => {
      const next = list[i + 1]
      if (next && next.start < span.end) {
        report(CONTENT_FILES.claims, next.id, 'quote.exact', `overlaps claim "${span.id}" in the same passage`)
      }
    })
  }

  // Notes and what they cite.
  content.speakers.forEach((speaker, i) => {
    check(CONTENT_FILES.speakers, speakerSchema, speaker, `#${i}`)
  })
  const speakerIds = unique(CONTENT_FILES.speakers, content.speakers, 'id', 'speaker')
  content.sources.forEach((source, i) => {
    check(CONTENT_FILES.sources, sourceSchema, source, `#${i}`)
  })
  const sourceIds = unique(CONTENT_FILES.sources, content.sources, 'id', 'source')
  // One source, one entry: the same link or the same headline twice means a source listed twice.
  const seenLinks = new Map<string, string>()
  const seenTitles = new Map<string, string>()
  for (const source of content.sources) {
    if (typeof source?.title !== 'string') continue
    const title = `${source.publisher} / ${source.title}`.trim().toLowerCase()
    const twinByTitle = seenTitles.get(title)
    if (twinByTitle !== undefined && twinByTitle !== source.id) {
      report(CONTENT_FILES.sources, source.id, 'title', `same publisher and title as source "${twinByTitle}"`)
    }
    seenTitles.set(title, source.id)
    if (source.url === undefined) continue
    const twinByLink = seenLinks.get(source.url)
    if (twinByLink !== undefined && twinByLink !== source.id) {
      report(CONTENT_FILES.sources, source.id, 'url', `same link as source "${twinByLink}"`)
    }
    seenLinks.set(source.url, source.id)
  }
  const linkedSources = new Set(content.sources.filter((source) => source.url?.startsWith('https://')).map((s) => s.id))
  content.facts.forEach((fact, i) => {
    if (!check(CONTENT_FILES.facts, factSchema, fact, `#${i}`)) return
    fact.sourceIds.forEach((sourceId, s) => {
      if (!sourceIds.has(sourceId)) report(CONTENT_FILES.facts, fact.id, `sourceIds.${s}`, `no source "${sourceId}"`)
    })
  })
  const factIds = unique(CONTENT_FILES.facts, content.facts, 'id', 'fact')
  const factById = new Map(content.facts.map((fact) => [fact.id, fact]))
  const notedClaims = unique(CONTENT_FILES.notes, content.notes, 'claimId', 'claim note')
  content.notes.forEach((note, i) => {
    if (!check(CONTENT_FILES.notes, claimNoteSchema, note, `#${i}`)) return
    if (!claimIds.has(note.claimId)) report(CONTENT_FILES.notes, note.claimId, 'claimId', `no claim "${note.claimId}"`)
    note.related.forEach((relatedId, r) => {
      if (relatedId === note.claimId)
        report(CONTENT_FILES.notes, note.claimId, `related.${r}`, 'a claim cannot relate to itself')
      else if (!claimIds.has(relatedId))
        report(CONTENT_FILES.notes, note.claimId, `related.${r}`, `no claim "${relatedId}"`)
    })
    if (!speakerIds.has(note.speakerId)) {
      report(CONTENT_FILES.notes, note.claimId, 'speakerId', `no speaker "${note.speakerId}"`)
    }
    note.factIds.forEach((factId, f) => {
      if (!factIds.has(factId)) report(CONTENT_FILES.notes, note.claimId, `factIds.${f}`, `no fact "${factId}"`)
    })
    // A reader must be able to check the claim: at least one source behind it has a link.
    const checkable = note.factIds.some((factId) =>
      (factById.get(factId)?.sourceIds ?? []).some((sourceId) => linkedSources.has(sourceId)),
    )
    if (!checkable) report(CONTENT_FILES.notes, note.claimId, 'factIds', 'no fact cites a source with an https link')
  })
  for (const claimId of claimIds) {
    if (!notedClaims.has(claimId)) report(CONTENT_FILES.notes, claimId, 'claimId', 'claim has no note')
  }

  // Who's who: every person rests on facts that exist.
  const people = content.people
  people.forEach((person, i) => {
    if (!check(CONTENT_FILES.people, personSchema, person, `#${i}`)) return
    person.factIds.forEach((factId, f) => {
      if (!factIds.has(factId)) report(CONTENT_FILES.people, person.id, `factIds.${f}`, `no fact "${factId}"`)
    })
  })
  unique(CONTENT_FILES.people, people, 'id', 'person')

  // The editor's note and the takeaways point at claims that exist; the note names every claim
  // the record contradicts, and only those.
  if (check(CONTENT_FILES.editorial, editorialSchema, editorial, 'note')) {
    const verdictOf = new Map(content.claims.map((claim) => [claim.id, claim.verdict]))
    const corrected = new Set<string>()
    editorial.note.corrections.forEach((correction, c) => {
      const field = `note.corrections.${c}.claimId`
      const verdict = verdictOf.get(correction.claimId)
      if (verdict === undefined) report(CONTENT_FILES.editorial, 'note', field, `no claim "${correction.claimId}"`)
      else if (verdict !== 'contradicted')
        report(CONTENT_FILES.editorial, 'note', field, `claim "${correction.claimId}" is ${verdict}, not contradicted`)
      if (corrected.has(correction.claimId)) report(CONTENT_FILES.editorial, 'note', field, 'claim named twice')
      corrected.add(correction.claimId)
    })
    for (const [claimId, verdict] of verdictOf) {
      if (verdict === 'contradicted' && !corrected.has(claimId)) {
        report(CONTENT_FILES.editorial, 'note', 'note.corrections', `contradicted claim "${claimId}" is not named`)
      }
    }
    editorial.takeaways.forEach((takeaway, i) => {
      if (!check(CONTENT_FILES.editorial, takeawaySchema, takeaway, `takeaways[${i}]`)) return
      takeaway.claimIds.forEach((claimId, c) => {
        if (!claimIds.has(claimId))
          report(CONTENT_FILES.editorial, takeaway.id, `claimIds.${c}`, `no claim "${claimId}"`)
      })
    })
    unique(CONTENT_FILES.editorial, editorial.takeaways, 'id', 'takeaway')
  }

  return errors
}
