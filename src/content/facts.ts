// The facts, each from the fact sheet with its sources: facts.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/facts'
import type { Fact } from './types'

export const facts = data as Fact[]
