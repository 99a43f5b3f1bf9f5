import { Suspense } from 'react'
import { chunkResource } from '../../components/chunk-resource'
import { ErrorBoundary } from '../../components/error-boundary'
import { textParts } from '../../components/text-parts'
import { content } from '../../content'
import type { Verdict } from '../../content/types'
import { t } from '../../lib/i18n'
import { verdictCounts } from '../../lib/verdicts'
import { verdictLabel } from './verdict-label'
import { VerdictMark } from './verdict-mark'

const counts = verdictCounts(content.claims)

// The walk through a verdict's claims shows only once a verdict is chosen, with the claims'
// labels from the context chunk: its code loads then.
export const verdictWalkChunk = chunkResource(() => import('./verdict-walk'))
function LazyVerdictWalk(props: { verdict: Verdict; onSelect: (verdict: Verdict | undefined) => void }) {
  const { VerdictWalk } = verdictWalkChunk.read()
  return <VerdictWalk {...props} />
}

type VerdictsPanelProps = {
  active: Verdict | undefined
  onSelect: (verdict: Verdict | undefined) => void
}

/**
 * The scorecard: how many claims got each verdict, each a toggle that keeps only those claims
 * marked in the article (the others step back, as with a theme), then lists them to walk.
 */
export function VerdictsPanel({ active, onSelect }: VerdictsPanelProps) {
  return (
    <section aria-labelledby="verdicts-heading" className="verdicts-panel">
      <h2 id="verdicts-heading" className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">
        {t('reader.verdicts.heading')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {counts.map(({ verdict, count }) => {
          const pressed = verdict === active
          return (
            <li key={verdict}>
              <button
                type="button"
                className="chip"
                aria-pressed={pressed}
                data-verdict-toggle={verdict}
                // Pressed as the page shows it: the filter may be on a frame before the URL says so.
                onClick={(event) =>
                  onSelect(event.currentTarget.getAttribute('aria-pressed') === 'true' ? undefined : verdict)
                }
              >
                <VerdictMark verdict={verdict} />
                {textParts(t('reader.verdicts.count'), { count, label: verdictLabel(verdict) })}
              </button>
            </li>
          )
        })}
      </ul>
      {active ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <LazyVerdictWalk key={active} verdict={active} onSelect={onSelect} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </section>
  )
}
