// The claim context bundle: loaded by the client only when a reader opens a claim or a page
// that lists sources, and rendered into the prerendered HTML for readers without JavaScript.
// The "Who's who" card, the timeline and the charts travel with it: they cite facts and sources
// that live here anyway.
import { claimNotes } from './claim-notes'
import { facts } from './facts'
import { figures } from './figures'
import { people } from './people'
import { sources } from './sources'
import { speakers } from './speakers'
import { timeline } from './timeline'
import type { NotesBundle } from './types'

export const notesBundle: NotesBundle = { notes: claimNotes, speakers, facts, sources, people, timeline, figures }
