import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Axe's WCAG 2.2 AA findings for the page, or only for the parts named by `within` (CSS selectors)
 * when a test has already scanned the rest of the page and only that part changed, or without the
 * parts named by `without`: a full scan costs seconds on a shared 2-core machine, and scanning the
 * same markup twice proves nothing new.
 */
export async function violations(
  page: Page,
  { within, without, rules }: { within?: string[]; without?: string[]; rules?: string[] } = {},
) {
  let builder = new AxeBuilder({ page }).withTags(WCAG)
  for (const selector of within ?? []) builder = builder.include(selector)
  for (const selector of without ?? []) builder = builder.exclude(selector)
  if (rules) builder = builder.withRules(rules)
  const results = await builder.analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * The article page without the parts after the article, which skip rendering until near the
 * screen (content-visibility), so axe could not judge their colors from the top of the page: a
 * test of their own scans them in view.
 */
export const ARTICLE_ONLY = { without: ['.explainer-matter'] }
