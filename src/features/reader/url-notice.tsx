import { t } from '../../lib/i18n'

type UrlNoticeProps = {
  unknownTheme: string | undefined
  unknownClaim: string | undefined
  unknownVerdict: string | undefined
  unknownWho?: string | undefined
  onDismiss: () => void
}

const MAX_SHOWN = 60
// The value comes from the URL: React renders it as text, never as markup; long values are cut.
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value)

/** A polite notice when the URL names a theme, claim, verdict or name that does not exist. */
export function UrlNotice({ unknownTheme, unknownClaim, unknownVerdict, unknownWho, onDismiss }: UrlNoticeProps) {
  if ([unknownTheme, unknownClaim, unknownVerdict, unknownWho].every((value) => value === undefined)) return null
  const sentences = [
    unknownTheme !== undefined ? t('notice.unknownTheme', { value: shown(unknownTheme) }) : undefined,
    unknownClaim !== undefined ? t('notice.unknownClaim', { value: shown(unknownClaim) }) : undefined,
    unknownVerdict !== undefined ? t('notice.unknownVerdict', { value: shown(unknownVerdict) }) : undefined,
    unknownWho !== undefined ? t('notice.unknownWho', { value: shown(unknownWho) }) : undefined,
  ].filter((sentence) => sentence !== undefined)
  return (
    <div role="status" className="url-notice">
      <p>{sentences.join(' ')}</p>
      <button type="button" className="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
