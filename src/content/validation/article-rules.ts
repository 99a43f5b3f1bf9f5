// The article and its themes: every section and passage well formed, ids unique across both
// (both become element ids), and exactly the three themes the product knows.
import { articleSchema, passageSchema, sectionSchema, themeSchema } from '../schema'
import type { Article, Passage, Theme } from '../types'
import { THEME_IDS } from '../types'
import { CONTENT_FILES, type Reporter } from './report'

/** Checks the article; returns its passages by id for the rules that anchor claims in them. */
export function checkArticle(reporter: Reporter, article: Article): Map<string, Passage> {
  reporter.check(CONTENT_FILES.article, articleSchema, article, 'article')
  const sections = Array.isArray(article?.sections) ? article.sections : []
  const passages = sections.flatMap((section, s) => {
    reporter.check(CONTENT_FILES.article, sectionSchema, section, `sections[${s}]`)
    const list = Array.isArray(section?.passages) ? section.passages : []
    list.forEach((passage, p) => {
      reporter.check(CONTENT_FILES.article, passageSchema, passage, `sections[${s}].passages[${p}]`)
    })
    return list
  })
  reporter.unique(CONTENT_FILES.article, [...sections, ...passages], 'id', 'section or passage')
  return new Map(passages.map((passage) => [passage.id, passage]))
}

/** Checks the themes: each well formed, each once, none missing. */
export function checkThemes(reporter: Reporter, themes: readonly Theme[]): void {
  themes.forEach((theme, i) => {
    reporter.check(CONTENT_FILES.themes, themeSchema, theme, `#${i}`)
  })
  const themeIds = reporter.unique(CONTENT_FILES.themes, themes, 'id', 'theme')
  for (const id of THEME_IDS) {
    if (!themeIds.has(id)) reporter.report(CONTENT_FILES.themes, id, 'id', 'theme is missing', 'missing-theme')
  }
}
