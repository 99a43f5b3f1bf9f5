import { claimPath, editionPath } from './claim-url'
import { t } from './i18n'

/** Where error reports go and where the site lives (both set at build time). */
export interface ReportSettings {
  email: string
  /** Absolute origin, no trailing slash. */
  origin: string
}

/**
 * A mailto: link for reporting an error. With a claim, its subject and body name the claim's
 * label, id and absolute URL, so the editors know what the reader was looking at.
 */
export function reportErrorHref(settings: ReportSettings, claim?: { id: string; label: string }): string {
  const subject = claim ? t('report.subjectClaim', { label: claim.label, id: claim.id }) : t('report.subject')
  const about = claim
    ? [t('report.claimLine', { label: claim.label, id: claim.id }), `${settings.origin}${claimPath(claim.id)}`]
    : [`${settings.origin}${editionPath('sources')}`]
  // RFC 6068: line breaks in a mailto: body are CRLF.
  const body = [...about, '', t('report.body'), ''].join('\r\n')
  return `mailto:${settings.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
}
