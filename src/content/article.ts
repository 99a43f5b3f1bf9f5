// The article as published, its sections and passages: article.md in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/article'
import type { Article } from './types'

export const article = data as Article
