import { memo } from 'react'
import { useHydrated } from '../../components/use-hydrated'
import type { Claim } from '../../content/types'
import { claimPath } from '../../lib/claim-url'
import { verdictDescriptionId } from '../../lib/verdict-id'

type ClaimLinkProps = {
  claim: Claim
  text: string
  /** 1-based note number, shown in print and pairing the claim with its endnote. */
  number: number
  open: boolean
  /** Whether the claim carries the theme being viewed (it then keeps its highlight). */
  inLens: boolean
  onOpen: (claimId: string) => void
}

/**
 * A key claim in the text: a real link (so it wraps with its sentence, opens in a new tab and is
 * reached by Tab). Without JavaScript it jumps to the claim's endnote; once the app runs it points
 * to the claim's own URL and opens the context in place.
 */
export const ClaimLink = memo(function ClaimLink({ claim, text, number, open, inLens, onOpen }: ClaimLinkProps) {
  const hydrated = useHydrated()
  const primary = claim.themes[0] ?? 'cooperation'
  return (
    // The note number is drawn by CSS from data-note, so the passage's text stays the article's
    // text, character for character (for copying, searching and tests alike).
    <mark
      className={`claim claim-${primary}${inLens ? ' in-lens' : ''}`}
      data-verdict={claim.verdict}
      data-note={number}
    >
      <a
        id={`claim-${claim.id}`}
        href={hydrated ? claimPath(claim.id) : `#note-${claim.id}`}
        data-claim={claim.id}
        data-themes={claim.themes.join(' ')}
        aria-describedby={verdictDescriptionId(claim.verdict)}
        {...(hydrated ? { 'aria-haspopup': 'dialog' as const, 'aria-expanded': open } : {})}
        onClick={(event) => {
          if (event.defaultPrevented || event.button !== 0) return
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
          event.preventDefault()
          onOpen(claim.id)
        }}
      >
        {text}
      </a>
    </mark>
  )
})
