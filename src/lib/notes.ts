import type { ClaimNote, CorrectionEntry, NotesBundle } from '../content/types'

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
