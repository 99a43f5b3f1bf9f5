import type { NotesBundle } from '../../content/types'

// Claim context is a separate chunk: the first paint never waits for it. The prerenderer awaits
// loadNotes() before rendering, so the static HTML holds every note; in the browser, a component
// that needs notes suspends until the chunk arrives, and hydration keeps the server's HTML meanwhile.
let cached: NotesBundle | undefined
let pending: Promise<NotesBundle> | undefined

/** Starts (or reuses) the load of the claim context chunk. A failed load can be tried again. */
export function loadNotes(): Promise<NotesBundle> {
  pending ??= import('../../content/notes').then(
    (module) => {
      cached = module.notesBundle
      return cached
    },
    (error: unknown) => {
      pending = undefined
      throw error
    },
  )
  return pending
}

/** The notes if already loaded, without suspending. */
export function peekNotes(): NotesBundle | undefined {
  return cached
}
