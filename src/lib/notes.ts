import type { ClaimNote, NotesBundle } from '../content/types'

/** The note (label, related claims, context) of a claim. */
export function noteOf(notes: NotesBundle, claimId: string): ClaimNote | undefined {
  return notes.notes.find((note) => note.claimId === claimId)
}

/** A claim's short label, or its id where it has no note. */
export function claimLabel(notes: NotesBundle, claimId: string): string {
  return noteOf(notes, claimId)?.label ?? claimId
}
