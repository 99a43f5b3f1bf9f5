import { EDITION_BASE, LANG } from './i18n'

/** An address in this edition, relative to the site: `sources` is `/sources`, or `/es/sources`. */
export function editionPath(path: string): string {
  return `${EDITION_BASE[LANG]}${path.replace(/^\//, '')}`
}

/** The address of the article opened on one claim, relative to the site (`/?claim=<id>`, `/es/?claim=<id>`). */
export function claimPath(claimId: string): string {
  return editionPath(`?claim=${encodeURIComponent(claimId)}`)
}
