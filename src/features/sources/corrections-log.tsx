import { corrections } from '../../content/corrections'
import { publication } from '../../content/publication'
import type { NotesBundle } from '../../content/types'
import { IsoDate } from '../editorial/iso-date'
import { ClaimLinks, h2 } from './claim-links'

/**
 * The corrections log: every change to what readers were shown after the explainer was first
 * published, newest first, each with its date, the claims it touches, what changed and why. Each
 * entry has an id (`#correction-<id>`) that a changed claim's context links to.
 */
export function CorrectionsLog({ notes }: { notes: NotesBundle }) {
  return (
    <section id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className={h2}>
        Corrections
      </h2>
      <p className="mt-3">
        The explainer was first published on <IsoDate date={publication.published} />. Every change since to a claim’s
        note or rating, the editor’s note, the “At a glance” points or the who’s who is listed here, newest first, so
        that a reader of the earlier text can see what is different and why.
      </p>
      <ol className="mt-4 space-y-5">
        {corrections.map((entry) => (
          <li key={entry.id} id={`correction-${entry.id}`} className="border-l-4 border-rule pl-3">
            <p className="font-semibold">
              <IsoDate date={entry.date} />
            </p>
            {entry.claimIds.length > 0 ? (
              <p className="text-sm">
                {entry.claimIds.length === 1 ? 'Claim: ' : 'Claims: '}
                <ClaimLinks claimIds={entry.claimIds} notes={notes} to="context" />
              </p>
            ) : null}
            <p className="mt-1">
              <strong>What changed.</strong> {entry.what}
            </p>
            <p className="mt-1">
              <strong>Why.</strong> {entry.why}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
