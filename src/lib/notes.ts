import type { ClaimNote, CorrectionEntry, NotesBundle, Source } from '../content/types'

/** The note (label, related claims, context) of a claim. */
export function noteOf(notes: NotesBundle, claimId: string): ClaimNote | undefined {
  return notes.notes.find((note) => note.claimId === claimId)
}

/** A claim's short label, or its id where it has no note. */
export function claimLabel(notes: NotesBundle, claimId: string): string {
  return noteOf(notes, claimId)?.label ?? claimId
}

/** The corrections log's entries that name a claim, newest first (the log's own order). */
export function correctionsOf(log: readonly CorrectionEntry[], claimId: string): CorrectionEntry[] {
  return log.filter((entry) => entry.claimIds.includes(claimId))
}

/** The sources behind some facts, each once, in the order of the notes' source list. */
export function sourcesOfFacts(notes: NotesBundle, factIds: readonly string[]): Source[] {
  const ids = new Set(factIds.flatMap((id) => notes.facts.find((fact) => fact.id === id)?.sourceIds ?? []))
  return notes.sources.filter((source) => ids.has(source.id))
}
