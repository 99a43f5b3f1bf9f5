// When the explainer was published and last changed: publication.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/publication'
import type { Publication } from './types'

export const publication = data as Publication
