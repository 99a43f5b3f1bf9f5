// The article and its themes: every section and passage well formed, ids unique across both
// (both become element ids), and exactly the three themes the product knows.
import { articleSchema, passageSchema, sectionSchema, themeSchema } from '../schema'
import type { Article, Passage, Theme } from '../types'
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

/** Checks the themes: each well formed, each once, two to five of them; returns their ids. */
export function checkThemes(reporter: Reporter, themes: readonly Theme[]): Set<string> {
  themes.forEach((theme, i) => {
    reporter.check(CONTENT_FILES.themes, themeSchema, theme, `#${i}`)
  })
  const themeIds = reporter.unique(CONTENT_FILES.themes, themes, 'id', 'theme')
  if (themes.length < 2 || themes.length > 5) {
    const message = `an article has two to five themes; this one has ${themes.length}`
    reporter.report(CONTENT_FILES.themes, '#0', '(item)', message, 'theme-count')
  }
  return themeIds
}

/** Checks that every passage carries only themes the article defines. */
export function checkPassageThemes(
  reporter: Reporter,
  passages: ReadonlyMap<string, Passage>,
  themeIds: ReadonlySet<string>,
) {
  for (const passage of passages.values()) {
    if (!Array.isArray(passage.themes)) continue
    passage.themes.forEach((theme, t) => {
      if (!themeIds.has(theme)) {
        const known = [...themeIds].join(', ')
        reporter.report(
          CONTENT_FILES.article,
          passage.id,
          `themes.${t}`,
          `no theme "${theme}" (themes.yaml has ${known})`,
          'unknown-reference',
        )
      }
    })
  }
}
