import { EDITION_BASE, LANG, type Lang } from './i18n'

/** An address in this edition, relative to the site: `sources` is `/sources`, or `/es/sources`. */
export function editionPath(path: string): string {
  return `${EDITION_BASE[LANG]}${path.replace(/^\//, '')}`
}

/** The address of the article opened on one claim, relative to the site (`/?claim=<id>`, `/es/?claim=<id>`). */
export function claimPath(claimId: string): string {
  return editionPath(`?claim=${encodeURIComponent(claimId)}`)
}

/** The other edition's language (where the article has both). */
export const OTHER_LANG: Lang = LANG === 'es' ? 'en' : 'es'

/**
 * The same place in the other edition: `/sources#x` is `/es/sources#x`, `/es/?claim=y` is `/?claim=y`.
 * Both editions share their section, theme, claim and note ids, so the search and the hash carry over.
 */
export function otherEditionPath(pathname: string, search = '', hash = ''): string {
  const bare = pathname.replace(/^\/es(?=\/|$)/, '') || '/'
  return `${OTHER_LANG === 'es' ? `/es${bare}` : bare}${search}${hash}`
}
