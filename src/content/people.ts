// The "Who's who" card: people.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/people'
import type { Person } from './types'

export const people = data as Person[]
