// The record behind the notes: speakers, sources (each listed once), facts that cite real sources,
// and claim notes that cite real facts, speakers and claims, each checkable through a linked source.
import { claimNoteSchema, factSchema, sourceSchema, speakerSchema } from '../schema'
import type { NotesBundle } from '../types'
import { CONTENT_FILES, type Reporter } from './report'

/** Checks sources and facts; returns the fact ids for the notes and people that cite them. */
export function checkSourcesAndFacts(reporter: Reporter, { sources, facts }: Pick<NotesBundle, 'sources' | 'facts'>) {
  sources.forEach((source, i) => {
    reporter.check(CONTENT_FILES.sources, sourceSchema, source, `#${i}`)
  })
  const sourceIds = reporter.unique(CONTENT_FILES.sources, sources, 'id', 'source')
  // One source, one entry: the same link or the same headline twice means a source listed twice.
  const seenLinks = new Map<string, string>()
  const seenTitles = new Map<string, string>()
  for (const source of sources) {
    if (typeof source?.title !== 'string') continue
    const title = `${source.publisher} / ${source.title}`.trim().toLowerCase()
    const twinByTitle = seenTitles.get(title)
    if (twinByTitle !== undefined && twinByTitle !== source.id) {
      reporter.report(
        CONTENT_FILES.sources,
        source.id,
        'title',
        `same publisher and title as source "${twinByTitle}"`,
        'duplicate-source',
      )
    }
    seenTitles.set(title, source.id)
    if (source.url === undefined) continue
    const twinByLink = seenLinks.get(source.url)
    if (twinByLink !== undefined && twinByLink !== source.id) {
      reporter.report(
        CONTENT_FILES.sources,
        source.id,
        'url',
        `same link as source "${twinByLink}"`,
        'duplicate-source',
      )
    }
    seenLinks.set(source.url, source.id)
  }
  facts.forEach((fact, i) => {
    if (!reporter.check(CONTENT_FILES.facts, factSchema, fact, `#${i}`)) return
    fact.sourceIds.forEach((sourceId, s) => {
      if (!sourceIds.has(sourceId)) {
        reporter.report(CONTENT_FILES.facts, fact.id, `sourceIds.${s}`, `no source "${sourceId}"`, 'unknown-reference')
      }
    })
  })
  return reporter.unique(CONTENT_FILES.facts, facts, 'id', 'fact')
}

/** Checks every claim note against the claims, speakers and facts it names; every claim has one. */
export function checkNotes(
  reporter: Reporter,
  { notes, speakers, facts, sources }: Pick<NotesBundle, 'notes' | 'speakers' | 'facts' | 'sources'>,
  claimIds: ReadonlySet<string>,
  factIds: ReadonlySet<string>,
): void {
  const file = CONTENT_FILES.notes
  speakers.forEach((speaker, i) => {
    reporter.check(CONTENT_FILES.speakers, speakerSchema, speaker, `#${i}`)
  })
  const speakerIds = reporter.unique(CONTENT_FILES.speakers, speakers, 'id', 'speaker')
  const linkedSources = new Set(sources.filter((source) => source.url?.startsWith('https://')).map((s) => s.id))
  const factById = new Map(facts.map((fact) => [fact.id, fact]))
  const notedClaims = reporter.unique(file, notes, 'claimId', 'claim note')
  notes.forEach((note, i) => {
    if (!reporter.check(file, claimNoteSchema, note, `#${i}`)) return
    if (!claimIds.has(note.claimId))
      reporter.report(file, note.claimId, 'claimId', `no claim "${note.claimId}"`, 'unknown-reference')
    note.related.forEach((relatedId, r) => {
      if (relatedId === note.claimId)
        reporter.report(file, note.claimId, `related.${r}`, 'a claim cannot relate to itself', 'self-reference')
      else if (!claimIds.has(relatedId))
        reporter.report(file, note.claimId, `related.${r}`, `no claim "${relatedId}"`, 'unknown-reference')
    })
    if (!speakerIds.has(note.speakerId)) {
      reporter.report(file, note.claimId, 'speakerId', `no speaker "${note.speakerId}"`, 'unknown-reference')
    }
    note.factIds.forEach((factId, f) => {
      if (!factIds.has(factId))
        reporter.report(file, note.claimId, `factIds.${f}`, `no fact "${factId}"`, 'unknown-reference')
    })
    // A reader must be able to check the claim: at least one source behind it has a link.
    const checkable = note.factIds.some((factId) =>
      (factById.get(factId)?.sourceIds ?? []).some((sourceId) => linkedSources.has(sourceId)),
    )
    if (!checkable)
      reporter.report(file, note.claimId, 'factIds', 'no fact cites a source with an https link', 'uncheckable-claim')
  })
  for (const claimId of claimIds) {
    if (!notedClaims.has(claimId)) reporter.report(file, claimId, 'claimId', 'claim has no note', 'missing-note')
  }
}
