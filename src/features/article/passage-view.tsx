import type { Claim, Passage } from '../../content/types'
import { segmentPassage } from '../../lib/segments'
import { ClaimLink } from './claim-link'

type PassageViewProps = {
  passage: Passage
  claims: readonly Claim[]
  noteNumbers: ReadonlyMap<string, number>
}

/**
 * One paragraph of the article, as static markup: a theme lens marks it through CSS alone, from
 * its data-themes and the lens on the article element.
 */
export function PassageView({ passage, claims, noteNumbers }: PassageViewProps) {
  return (
    <p
      id={passage.id}
      data-passage={passage.id}
      data-themes={passage.themes.join(' ')}
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
          />
        )
      })}
    </p>
  )
}
