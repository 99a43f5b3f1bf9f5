import type { Article, Claim, Passage, ThemeId } from '../content/types'
import { THEME_IDS } from '../content/types'
import { allPassages } from './article'

/** Narrows any value (for example a URL parameter) to a theme id. */
export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value)
}

/** Passages that carry a theme, in article order. */
export function passagesOfTheme(article: Article, themeId: ThemeId): Passage[] {
  return allPassages(article).filter((passage) => passage.themes.includes(themeId))
}

/** Claims that carry a theme. */
export function claimsOfTheme(claims: readonly Claim[], themeId: ThemeId): Claim[] {
  return claims.filter((claim) => claim.themes.includes(themeId))
}

/** The theme after `current` in the cycle all → first → … → last → all. */
export function nextTheme(current: ThemeId | undefined, order: readonly ThemeId[] = THEME_IDS): ThemeId | undefined {
  if (current === undefined) return order[0]
  const index = order.indexOf(current)
  return index === -1 ? order[0] : order[index + 1]
}
