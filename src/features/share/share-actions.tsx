import { useEffect, useState } from 'react'
import { useAnnounce } from '../../components/announcer'
import { copyLink } from '../../components/copy-link'
import { site } from '../../content/site'
import type { Theme } from '../../content/types'
import { editionPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'

type ShareActionsProps = {
  /** The link to share, relative to the page (e.g. `/?claim=…`). */
  href: string
  /** What the link shows, in words that finish "Copy link to …": "this claim", "this theme". */
  subject: string
  /** The title the share sheet offers with the link. */
  title: string
  className?: string
}

/**
 * "Copy link" for a piece of the reader, and "Share" through the system share sheet where the
 * browser has one. Both say what happened through the live region, so a screen reader hears it.
 */
export function ShareActions({ href, subject, title, className = '' }: ShareActionsProps) {
  const announce = useAnnounce()
  // navigator.share exists only in some browsers, and never on the server: checked after mount so
  // the first render is the same everywhere.
  const [canShare, setCanShare] = useState(false)
  useEffect(() => setCanShare(typeof navigator.share === 'function'), [])

  const copy = async () => {
    const copied = await copyLink(href)
    announce(copied ? t('share.copied', { subject }) : t('share.copyFailed'))
  }

  const share = async () => {
    const url = new URL(href, window.location.href).toString()
    try {
      await navigator.share({ title, url })
    } catch (error) {
      // Closing the sheet is the reader's choice, not a failure. Anything else (no permission, a
      // sheet already open) falls back to the clipboard.
      if (error instanceof DOMException && error.name === 'AbortError') return
      await copy()
    }
  }

  return (
    <div className={`share-actions flex flex-wrap gap-2 ${className}`}>
      <button type="button" className="button" onClick={copy}>
        {t('share.copy', { subject })}
      </button>
      {canShare ? (
        <button type="button" className="button" onClick={share}>
          {t('share.share')}
          <span className="sr-only"> {subject}</span>
          <span aria-hidden="true">…</span>
        </button>
      ) : null}
    </div>
  )
}

/** Copy link and Share for the theme that is on: the link opens the article with it on. */
export function ThemeShareActions({ theme }: { theme: Theme }) {
  return (
    <ShareActions
      className="mt-2"
      href={editionPath(`?theme=${encodeURIComponent(theme.id)}`)}
      subject={t('share.subject.theme')}
      title={t('share.title.theme', { label: theme.label, subject: site.subject })}
    />
  )
}
