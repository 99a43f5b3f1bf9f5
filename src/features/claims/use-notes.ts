import type { NotesBundle } from '../../content/types'
import { contextChunk } from './notes-resource'

/** The claim context chunk; suspends the caller until it has loaded. */
export function useContextChunk() {
  return contextChunk.read()
}

/** The claim notes bundle (speakers, facts, sources); suspends the caller until it has loaded. */
export function useNotes(): NotesBundle {
  return contextChunk.read().notesBundle
}
