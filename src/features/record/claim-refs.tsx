import type { NotesBundle } from '../../content/types'
import { claimLabel } from '../../lib/notes'

/** Claims named by their labels, each a link to its words in the text (works without JavaScript). */
export function ClaimRefs({ claimIds, notes }: { claimIds: readonly string[]; notes: NotesBundle }) {
  return (
    <>
      {claimIds.map((claimId, index) => (
        <span key={claimId}>
          {index > 0 ? ', ' : null}
          <a href={`#claim-${claimId}`} className="link">
            {claimLabel(notes, claimId)}
          </a>
        </span>
      ))}
    </>
  )
}
