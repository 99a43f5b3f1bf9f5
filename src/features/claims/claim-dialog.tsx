import { Suspense, useDeferredValue, useEffect, useRef } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { content } from '../../content'
import type { Claim, ThemeId } from '../../content/types'
import { afterNextPaint } from '../../lib/after-paint'
import { claimsInOrder } from '../../lib/article'
import { claimPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import { claimLabel, noteOf } from '../../lib/notes'
import { ShareActions } from '../share/share-actions'
import { ThemeSwatch } from '../themes/theme-swatch'
import { useContextChunk, useNotes } from './use-notes'
import { useSwipeToClose } from './use-swipe-to-close'

const ordered = claimsInOrder(content)
const themeLabel = (id: ThemeId) => content.themes.find((theme) => theme.id === id)?.label ?? id

type ClaimDialogProps = {
  claim: Claim
  activeTheme: ThemeId | undefined
  /** Move focus into the dialog when it opens (not when the page opens on a claim link). */
  takeFocus: boolean
  onClose: () => void
  onOpenClaim: (claimId: string) => void
  onSelectTheme: (themeId: ThemeId) => void
}

/**
 * A claim's context, beside the article on wide screens and as a bottom sheet on phones. It is
 * not modal: the article stays readable and reachable while it is open.
 */
export function ClaimDialog({ claim, activeTheme, takeFocus, onClose, onOpenClaim, onSelectTheme }: ClaimDialogProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const sheetRef = useRef<HTMLDivElement>(null)
  // The frame answers the click at once; the details (ruling, facts, sources, charts) follow in
  // the next render, which React may interrupt, so opening a claim is never one long task.
  const showDetails = useDeferredValue(true, false)
  useSwipeToClose(sheetRef, onClose)
  const index = ordered.findIndex((c) => c.id === claim.id)
  const previous = ordered[index - 1]
  const next = ordered[index + 1]
  const notes = useNotes()
  const label = (id: string) => claimLabel(notes, id)
  const related = (noteOf(notes, claim.id)?.related ?? []).flatMap((id) => ordered.find((c) => c.id === id) ?? [])

  // Focus moves in once the dialog has been painted: focusing forces style and layout at once.
  useEffect(() => {
    if (takeFocus) return afterNextPaint(() => headingRef.current?.focus({ preventScroll: true }))
  }, [takeFocus])

  const followClaim = (event: React.MouseEvent<HTMLAnchorElement>, claimId: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onOpenClaim(claimId)
  }

  return (
    <div
      ref={sheetRef}
      role="dialog"
      aria-labelledby="context-heading"
      className="claim-dialog"
      data-claim-dialog={claim.id}
    >
      {/* On phones the bar is the sheet's grip: drag it down to close. */}
      <div className="claim-dialog-bar" data-sheet-grip="">
        <span className="sheet-handle" aria-hidden="true" />
        <h2 id="context-heading" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
          {t('dialog.heading')}
        </h2>
        <button type="button" className="button" onClick={onClose} aria-label={t('dialog.closeLabel')}>
          <span aria-hidden="true">✕</span>
          <span className="max-sm:sr-only">{t('dialog.close')}</span>
        </button>
      </div>
      <div className="claim-dialog-body">
        <p className="text-xs text-muted">
          {t('dialog.position', { index: index + 1, total: ordered.length, label: label(claim.id) })}
        </p>
        <ErrorBoundary
          fallback={(reset) => (
            <div role="alert" className="mt-3 rounded border border-rule p-3 text-sm">
              <p>{t('dialog.error')}</p>
              <button type="button" className="button mt-2" onClick={reset}>
                {t('dialog.retry')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={loading}>{showDetails ? <ClaimContextBody claim={claim} /> : loading}</Suspense>
        </ErrorBoundary>

        <h3 className="mt-5 text-sm font-semibold">{t('dialog.themes')}</h3>
        <ul className="mt-2 flex flex-wrap gap-2">
          {claim.themes.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="chip"
                aria-pressed={activeTheme === id}
                onClick={() => onSelectTheme(id)}
              >
                <ThemeSwatch themeId={id} size="sm" />
                {themeLabel(id)}
              </button>
            </li>
          ))}
        </ul>

        {related.length > 0 ? (
          <>
            <h3 className="mt-5 text-sm font-semibold">{t('dialog.related')}</h3>
            <ul className="mt-2 space-y-1 text-sm">
              {related.map((other) => (
                <li key={other.id}>
                  <a href={claimPath(other.id)} className="link" onClick={(event) => followClaim(event, other.id)}>
                    {label(other.id)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <div className="mt-5 flex flex-wrap items-center justify-between gap-2 text-sm">
          {previous ? (
            <a href={claimPath(previous.id)} className="link" onClick={(event) => followClaim(event, previous.id)}>
              <span aria-hidden="true">← </span>
              {t('dialog.previous')}
              <span className="sr-only">: {label(previous.id)}</span>
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={claimPath(next.id)} className="link" onClick={(event) => followClaim(event, next.id)}>
              {t('dialog.next')}
              <span className="sr-only">: {label(next.id)}</span>
              <span aria-hidden="true"> →</span>
            </a>
          ) : null}
        </div>
        <ShareActions
          className="mt-4"
          href={claimPath(claim.id)}
          subject={t('share.subject.claim')}
          title={t('share.title.claim', { label: label(claim.id) })}
        />
      </div>
    </div>
  )
}

const loading = <p className="mt-3 text-sm text-muted">{t('dialog.loading')}</p>

function ClaimContextBody({ claim }: { claim: Claim }) {
  const { ClaimDetails, notesBundle } = useContextChunk()
  return <ClaimDetails claim={claim} notes={notesBundle} headingLevel={3} />
}
