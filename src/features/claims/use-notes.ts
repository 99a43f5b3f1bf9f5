import { use } from 'react'
import type { NotesBundle } from '../../content/types'
import { loadNotes, peekNotes } from './notes-resource'

/** The claim context bundle; suspends the caller until it has loaded. */
export function useNotes(): NotesBundle {
  return peekNotes() ?? use(loadNotes())
}
