import type { Claim } from '../../content/types'
import { verdictDescriptionId } from '../../lib/verdict-id'

type ClaimLinkProps = {
  claim: Claim
  text: string
  /** 1-based note number, shown in print and pairing the claim with its endnote. */
  number: number
}

/**
 * A key claim in the text: a real link (so it wraps with its sentence, opens in a new tab and is
 * reached by Tab) to the claim's endnote, which is where it leads without JavaScript. It is static
 * markup: once the page runs, the reader (use-article-links.ts) points it to the claim's own URL,
 * marks it open or closed and opens the context in place, by one listener for every claim.
 */
export function ClaimLink({ claim, text, number }: ClaimLinkProps) {
  // Every claim has a theme (validation); its first colours the highlight.
  const primary = claim.themes[0] ?? ''
  const themes = claim.themes.join(' ')
  return (
    // The note number is drawn by CSS from data-note, so the passage's text stays the article's
    // text, character for character (for copying, searching and tests alike). A theme lens keeps
    // the claims of its theme bright by data-themes, in CSS.
    <mark
      className={primary ? `claim claim-${primary}` : 'claim'}
      data-verdict={claim.verdict}
      data-note={number}
      data-themes={themes}
    >
      <a
        id={`claim-${claim.id}`}
        href={`#note-${claim.id}`}
        data-claim={claim.id}
        data-themes={themes}
        data-verdict={claim.verdict}
        aria-describedby={verdictDescriptionId(claim.verdict)}
      >
        {text}
      </a>
    </mark>
  )
}
