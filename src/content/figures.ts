// The record's numbers as charts: figures.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/figures'
import type { Figure } from './types'

export const figures = data as Figure[]
