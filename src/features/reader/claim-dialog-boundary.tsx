import { Suspense } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { t } from '../../lib/i18n'
import { contextChunk } from '../claims/notes-resource'
import { dialogChunk } from './reader-chunks'

/**
 * The Context dialog's frame while its code loads, and a way out if it cannot load (offline after
 * the first visit): the article stays usable either way.
 */
export function ClaimDialogBoundary({
  claimId,
  onClose,
  children,
}: {
  claimId: string
  onClose: () => void
  children: React.ReactNode
}) {
  const frame = (body: React.ReactNode) => (
    <div role="dialog" aria-labelledby="context-heading" className="claim-dialog" data-claim-dialog={claimId}>
      <div className="claim-dialog-bar">
        <h2 id="context-heading" className="text-lg font-bold">
          {t('dialog.heading')}
        </h2>
        <button type="button" className="button" onClick={onClose} aria-label={t('dialog.closeLabel')}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="claim-dialog-body">{body}</div>
    </div>
  )
  return (
    <ErrorBoundary
      key={claimId}
      fallback={(reset) =>
        frame(
          <div role="alert" className="text-sm">
            <p>{t('dialog.errorShort')}</p>
            <button
              type="button"
              className="button mt-2"
              onClick={() => {
                dialogChunk.retry()
                contextChunk.retry()
                reset()
              }}
            >
              {t('dialog.retry')}
            </button>
          </div>,
        )
      }
    >
      <Suspense fallback={frame(<p className="text-sm text-muted">{t('dialog.loading')}</p>)}>{children}</Suspense>
    </ErrorBoundary>
  )
}
