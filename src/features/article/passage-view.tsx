import { memo } from 'react'
import type { Claim, Passage, ThemeId } from '../../content/types'
import { segmentPassage } from '../../lib/segments'
import { ClaimLink } from './claim-link'

type PassageViewProps = {
  passage: Passage
  claims: readonly Claim[]
  noteNumbers: ReadonlyMap<string, number>
  activeTheme: ThemeId | undefined
  /** The open claim, only when it is in this passage (so other passages skip re-rendering). */
  openClaimId: string | undefined
  onOpenClaim: (claimId: string) => void
}

/** One paragraph of the article. Memoized: opening a claim or turning a lens re-renders only what changes. */
export const PassageView = memo(function PassageView({
  passage,
  claims,
  noteNumbers,
  activeTheme,
  openClaimId,
  onOpenClaim,
}: PassageViewProps) {
  const inTheme = activeTheme === undefined ? undefined : passage.themes.includes(activeTheme)
  return (
    <p
      id={passage.id}
      data-passage={passage.id}
      data-themes={passage.themes.join(' ')}
      {...(inTheme === undefined ? {} : { 'data-in-theme': String(inTheme) })}
      // Focus target of the theme walk; not in the Tab order.
      tabIndex={-1}
      className="passage"
    >
      {segmentPassage(passage.text, claims).map((segment, index) => {
        if (segment.kind === 'text') return segment.text
        const claim = claims.find((c) => c.id === segment.claimId)
        if (!claim) return segment.text
        return (
          <ClaimLink
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of fixed text never reorder
            key={`${index}-${claim.id}`}
            claim={claim}
            text={segment.text}
            number={noteNumbers.get(claim.id) ?? 0}
            open={openClaimId === claim.id}
            inLens={activeTheme !== undefined && claim.themes.includes(activeTheme)}
            onOpen={onOpenClaim}
          />
        )
      })}
    </p>
  )
})
