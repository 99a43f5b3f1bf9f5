// What a reader learns on opening a claim: the rest of claims/<id>.md in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/claimNotes'
import type { ClaimNote } from './types'

export const claimNotes = data as ClaimNote[]
