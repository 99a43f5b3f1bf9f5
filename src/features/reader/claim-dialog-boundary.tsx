import { Suspense } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
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
          Context
        </h2>
        <button type="button" className="button" onClick={onClose} aria-label="Close context">
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
            <p>The context could not be loaded. Check the connection and try again.</p>
            <button
              type="button"
              className="button mt-2"
              onClick={() => {
                dialogChunk.retry()
                contextChunk.retry()
                reset()
              }}
            >
              Try again
            </button>
          </div>,
        )
      }
    >
      <Suspense fallback={frame(<p className="text-sm text-muted">Loading the context…</p>)}>{children}</Suspense>
    </ErrorBoundary>
  )
}
