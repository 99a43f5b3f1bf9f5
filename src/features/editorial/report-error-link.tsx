import { textParts } from '../../components/text-parts'
import { t } from '../../lib/i18n'
import { reportErrorHref } from '../../lib/report-error'

// Set at build time from REPORT_EMAIL and SITE_URL (vite.config.ts, scripts/site-config.mjs).
const settings = { email: __REPORT_EMAIL__, origin: __SITE_ORIGIN__ }

type ReportErrorLinkProps = {
  /** The claim the report is about; without one, a general report. */
  claim?: { id: string; label: string }
  children: React.ReactNode
}

/**
 * How a reader tells the editors about an error: an e-mail link whose subject and body already
 * name the claim and its address, followed by the address itself, so it reads on paper too.
 */
export function ReportErrorLink({ claim, children }: ReportErrorLinkProps) {
  return (
    <>
      <a href={reportErrorHref(settings, claim)} className="link" data-report-error={claim?.id ?? ''}>
        {children}
      </a>{' '}
      {textParts(t('report.byEmail'), { email: <span className="break-all">{settings.email}</span> })}
    </>
  )
}
