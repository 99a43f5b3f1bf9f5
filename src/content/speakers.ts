// Who makes each claim: speakers.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/speakers'
import type { Speaker } from './types'

export const speakers = data as Speaker[]
