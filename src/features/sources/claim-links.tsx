import { Link } from '@tanstack/react-router'
import type { NotesBundle } from '../../content/types'
import { claimLabel } from '../../lib/notes'

/** The class of a second-level heading on the Sources & method page. */
export const h2 = 'mt-10 text-xl font-bold'

type ClaimLinksProps = {
  claimIds: readonly string[]
  notes: NotesBundle
  /** `text`: the claim's mark in the article (`/#claim-<id>`); `context`: the claim opened (`/?claim=<id>`). */
  to?: 'text' | 'context'
}

/** Claims by their labels, comma-separated, each a link to the article. */
export function ClaimLinks({ claimIds, notes, to = 'text' }: ClaimLinksProps) {
  return (
    <>
      {claimIds.map((claimId, index) => (
        <span key={claimId}>
          {index > 0 ? ', ' : null}
          {to === 'context' ? (
            <Link to="/" search={{ claim: claimId }} className="link">
              {claimLabel(notes, claimId)}
            </Link>
          ) : (
            <Link to="/" hash={`claim-${claimId}`} className="link">
              {claimLabel(notes, claimId)}
            </Link>
          )}
        </span>
      ))}
    </>
  )
}
