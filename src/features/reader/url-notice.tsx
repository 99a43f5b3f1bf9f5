type UrlNoticeProps = {
  unknownTheme: string | undefined
  unknownClaim: string | undefined
  unknownVerdict: string | undefined
  onDismiss: () => void
}

const MAX_SHOWN = 60
// The value comes from the URL: React renders it as text, never as markup; long values are cut.
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value)

/** A polite notice when the URL names a theme, claim or verdict that does not exist. */
export function UrlNotice({ unknownTheme, unknownClaim, unknownVerdict, onDismiss }: UrlNoticeProps) {
  if (unknownTheme === undefined && unknownClaim === undefined && unknownVerdict === undefined) return null
  return (
    <div role="status" className="url-notice">
      <p>
        {unknownTheme !== undefined ? <>No theme “{shown(unknownTheme)}”: showing the article. </> : null}
        {unknownClaim !== undefined ? <>No claim “{shown(unknownClaim)}”: showing the article. </> : null}
        {unknownVerdict !== undefined ? <>No verdict “{shown(unknownVerdict)}”: showing every claim.</> : null}
      </p>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
