// Every source a fact was checked against: sources.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/sources'
import type { Source } from './types'

export const sources = data as Source[]
