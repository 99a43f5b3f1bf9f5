// The corrections log, newest first: corrections.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/corrections'
import type { CorrectionEntry } from './types'

export const corrections = data as CorrectionEntry[]
