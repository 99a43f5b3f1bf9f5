import type { Claim, Mention, Passage } from '../../content/types'
import { t } from '../../lib/i18n'
import { segmentPassage } from '../../lib/segments'
import { ClaimLink } from './claim-link'
import { MentionMark } from './mention-link'

type PassageViewProps = {
  passage: Passage
  claims: readonly Claim[]
  noteNumbers: ReadonlyMap<string, number>
  mentions: readonly Mention[]
  /** The mentions that are the first of their name in their section. */
  firstMentions: ReadonlySet<string>
  /** The English original, beside our translation in the Spanish edition. */
  original?: string | undefined
}

/**
 * One paragraph of the article, as static markup: a theme lens marks it through CSS alone, from
 * its data-themes and the lens on the article element.
 */
export function PassageView({ passage, claims, noteNumbers, mentions, firstMentions, original }: PassageViewProps) {
  const paragraph = (
    <p
      id={passage.id}
      data-passage={passage.id}
      data-themes={passage.themes.join(' ')}
      data-who={mentions.length > 0 ? [...new Set(mentions.map((m) => m.personId))].join(' ') : undefined}
      // Focus target of the theme walk; not in the Tab order.
      tabIndex={-1}
      className="passage"
      // A passage not translated yet is shown in English, and says so (below).
      lang={passage.pending ? 'en' : undefined}
    >
      {segmentPassage(passage.text, claims, mentions).map((segment, index) => {
        if (segment.kind === 'text') return segment.text
        if (segment.kind === 'mention') {
          const mention = mentions.find((m) => m.id === segment.mentionId)
          if (!mention) return segment.text
          return (
            <MentionMark
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of fixed text never reorder
              key={`${index}-${mention.id}`}
              mention={mention}
              text={segment.text}
              first={firstMentions.has(mention.id)}
            />
          )
        }
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
  if (original === undefined) return paragraph
  return (
    <>
      {paragraph}
      {passage.pending ? (
        <p className="translation-pending">{t('article.translationPending')}</p>
      ) : (
        // The original, one tap away: a disclosure that works without JavaScript.
        <details className="passage-original">
          <summary>{t('layout.originalToggle')}</summary>
          <p lang="en">{original}</p>
        </details>
      )}
    </>
  )
}
