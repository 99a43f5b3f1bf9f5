import type { Mention } from '../../content/types'
import { cardId, mentionAnchor, whoAnchor } from '../../lib/mentions'

type MentionMarkProps = {
  mention: Mention
  text: string
  /** The first mention of this name in its section: a link that opens the name's card. */
  first: boolean
}

/**
 * A name in the text. The first in each section is a plain link to the name's who's-who entry
 * (where it leads without JavaScript and on paper); once the page runs, hovering, focusing or
 * tapping it opens the name's card in place (mention-cards.ts). Later mentions in the section are
 * marked quietly, not controls, so a reader who asks "where else?" sees them under `?who=`.
 */
export function MentionMark({ mention, text, first }: MentionMarkProps) {
  if (!first) {
    return (
      // Focus target of the walk through a name's mentions; not in the Tab order.
      <span id={mentionAnchor(mention.id)} className="mention mention-quiet" data-who={mention.personId} tabIndex={-1}>
        {text}
      </span>
    )
  }
  return (
    <a
      id={mentionAnchor(mention.id)}
      href={`#${whoAnchor(mention.personId)}`}
      className="mention"
      data-who={mention.personId}
      data-card={cardId(mention)}
    >
      {text}
    </a>
  )
}
