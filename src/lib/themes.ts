import { themes } from '../content/themes'
import type { Article, Claim, Passage, ThemeId } from '../content/types'
import { allPassages } from './article'

/** The article's themes, in the order its themes.yaml gives them. */
const THEME_ORDER: readonly ThemeId[] = themes.map((theme) => theme.id)

/** Narrows any value (for example a URL parameter) to one of the article's theme ids. */
export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && THEME_ORDER.includes(value)
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
export function nextTheme(current: ThemeId | undefined, order: readonly ThemeId[] = THEME_ORDER): ThemeId | undefined {
  if (current === undefined) return order[0]
  const index = order.indexOf(current)
  return index === -1 ? order[0] : order[index + 1]
}
