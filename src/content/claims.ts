// Each claim as marked in the text (its passage, quote, themes and verdict): the front matter of claims/<id>.md in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/claims'
import type { Claim } from './types'

export const claims = data as Claim[]
