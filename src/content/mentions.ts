// Where the article names a person or body of who's who: mentions.yaml in the article's content
// folder, parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
// It ships with every page.
import data from 'virtual:content/mentions'
import type { Mention } from './types'

export const mentions = data as Mention[]
