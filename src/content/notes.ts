// The claim context bundle: loaded by the client only when a reader opens a claim or a page
// that lists sources, and rendered into the prerendered HTML for readers without JavaScript.
// The "Who's who" card travels with it: it cites facts and sources that live here anyway.
import { claimNotes } from './claim-notes'
import { facts } from './facts'
import { people } from './people'
import { sources } from './sources'
import { speakers } from './speakers'
import type { NotesBundle } from './types'

export const notesBundle: NotesBundle = { notes: claimNotes, speakers, facts, sources, people }
