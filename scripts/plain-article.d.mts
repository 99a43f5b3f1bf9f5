// Types for plain-article.mjs (plain JavaScript so the Lighthouse script runs it under Node 20).
import type { Article } from '../src/content/types'

export function plainArticleHtml(article: Article, options?: { description?: string }): string
