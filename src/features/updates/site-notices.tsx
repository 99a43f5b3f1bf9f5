import { textParts } from '../../components/text-parts'
import { editionPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import { IsoDate } from '../editorial/iso-date'

type SiteNoticesProps = {
  /** The explainer's updated date in a newer build than this page's, once one is published. */
  updatedTo: string | undefined
  /** The updated date of the version this page shows, said when the page came from this device's copy. */
  offlineVersion: string | undefined
  onReload: () => void
  onDismissUpdate: () => void
  onDismissOffline: () => void
}

/**
 * Notices about the page itself, above everything else: that a newer version was published while
 * the page was open (with a link to what changed, and a Reload button; nothing reloads on its
 * own), and that the page came from the copy on this device (offline, or the network did not answer
 * in time), with the date of that version.
 */
export function SiteNotices({
  updatedTo,
  offlineVersion,
  onReload,
  onDismissUpdate,
  onDismissOffline,
}: SiteNoticesProps) {
  return (
    <>
      {updatedTo !== undefined ? (
        <div role="status" className="url-notice" data-update-notice="">
          <p>
            {textParts(t('notice.updated'), { date: <IsoDate date={updatedTo} /> })}{' '}
            <a href={editionPath('sources#corrections')} className="link">
              {t('notice.updatedLink')}
            </a>
          </p>
          <div className="flex gap-2">
            <button type="button" className="button" onClick={onReload}>
              {t('notice.reload')}
            </button>
            <button type="button" className="button" onClick={onDismissUpdate}>
              {t('notice.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {offlineVersion !== undefined ? (
        <div role="status" className="url-notice" data-offline-notice="">
          <p>{textParts(t('notice.offline'), { date: <IsoDate date={offlineVersion} /> })}</p>
          <button type="button" className="button" onClick={onDismissOffline}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  )
}
