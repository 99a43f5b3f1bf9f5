import type { Article, Claim, ContentBundle, Passage, Section, ThemeId } from '../content/types'

/** Every passage in article order. */
export function allPassages(article: Article): Passage[] {
  return article.sections.flatMap((section) => section.passages)
}

/** The section that holds a passage. */
export function sectionOfPassage(article: Article, passageId: string): Section | undefined {
  return article.sections.find((section) => section.passages.some((passage) => passage.id === passageId))
}

/** Claims in article order (by passage, then by position in the passage). */
export function claimsInOrder(content: Pick<ContentBundle, 'article' | 'claims'>): Claim[] {
  const order = new Map(allPassages(content.article).map((passage, index) => [passage.id, index]))
  const offset = (claim: Claim) => {
    const passage = allPassages(content.article).find((p) => p.id === claim.passageId)
    return passage ? passage.text.indexOf(claim.quote.exact) : 0
  }
  return [...content.claims].sort(
    (a, b) => (order.get(a.passageId) ?? 0) - (order.get(b.passageId) ?? 0) || offset(a) - offset(b),
  )
}

/** Claims marked in one passage. */
export function claimsOfPassage(claims: readonly Claim[], passageId: string): Claim[] {
  return claims.filter((claim) => claim.passageId === passageId)
}

/** The themes a section holds, in the product's theme order. */
export function themesOfSection(section: Section, order: readonly ThemeId[]): ThemeId[] {
  const present = new Set(section.passages.flatMap((passage) => passage.themes))
  return order.filter((id) => present.has(id))
}

const WORDS_PER_MINUTE = 230

/** Word count of a text (runs of non-space characters). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Estimated minutes to read the article, at least 1. */
export function readingMinutes(article: Article): number {
  const words = countWords(article.title) + allPassages(article).reduce((sum, p) => sum + countWords(p.text), 0)
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
