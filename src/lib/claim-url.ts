import { EDITION_BASE, LANG } from './i18n'

/**
 * The address of the article opened on one claim, relative to the site, in this page's edition:
 * `/?claim=<id>`, or `/es/?claim=<id>` in Spanish (a link copied or opened in a new tab stays in it).
 */
export function claimPath(claimId: string): string {
  return `${EDITION_BASE[LANG]}?claim=${encodeURIComponent(claimId)}`
}
