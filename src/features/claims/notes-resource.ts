import { chunkResource } from '../../components/chunk-resource'
import type { NotesBundle } from '../../content/types'

// Claim context is a separate chunk: the first paint and hydration never wait for it. The
// prerenderer loads it before rendering, so the static HTML holds every note; in the browser, a
// component that reads it suspends until it arrives, and hydration keeps the server's HTML meanwhile.
export const contextChunk = chunkResource(() => import('./context-chunk'))

/** Starts (or reuses) the load of the claim context chunk. */
export const loadContextChunk = contextChunk.load

/** Loads the claim notes (speakers, facts, sources). */
export function loadNotes(): Promise<NotesBundle> {
  return contextChunk.load().then((chunk) => chunk.notesBundle)
}
