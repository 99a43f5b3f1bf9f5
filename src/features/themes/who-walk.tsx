import { GuidedWalk } from '../../components/guided-walk'
import { content } from '../../content'
import { people } from '../../content/people'
import { findQuote } from '../../content/quote'
import { allPassages } from '../../lib/article'
import { t, tp } from '../../lib/i18n'
import { mentionAnchor, mentionsInOrder, whoAnchor } from '../../lib/mentions'

const CONTEXT_WORDS = 6

/** The words around a mention, for the walk's list: "… the words before NAME and after …". */
function around(passageText: string, exact: string, start: number): string {
  const before = passageText.slice(0, start).split(/\s+/).slice(-CONTEXT_WORDS).join(' ')
  const after = passageText
    .slice(start + exact.length)
    .split(/\s+/)
    .slice(0, CONTEXT_WORDS + 1)
    .join(' ')
  return `…${before}${exact}${after}…`
}

type WhoWalkProps = {
  personId: string
  onClose: () => void
}

/**
 * A name's lens (?who=): "Show all", and a guided walk through every place the text names them,
 * as the theme lens walks its passages. Loaded when a lens is first turned on.
 */
export function WhoWalk({ personId, onClose }: WhoWalkProps) {
  const person = people.find((p) => p.id === personId)
  const passages = new Map(allPassages(content.article).map((passage) => [passage.id, passage.text]))
  const mentions = mentionsInOrder(
    content.article,
    content.mentions.filter((mention) => mention.personId === personId),
  )
  const name = person?.name ?? personId
  return (
    <section aria-labelledby="who-walk-heading" className="who-walk mt-6">
      <h2 id="who-walk-heading" className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {t('reader.who.heading')}
      </h2>
      <p className="text-sm">
        <strong>{name}</strong>
        {person ? <span className="text-muted">: {person.role}</span> : null}{' '}
        <a href={`#${whoAnchor(personId)}`} className="link">
          {t('reader.who.inWhosWho')}
        </a>
      </p>
      <button type="button" className="button mt-3 w-full justify-center" onClick={onClose}>
        {t('reader.themes.showAll')}
      </button>
      <GuidedWalk
        heading={tp('reader.who.walkHeading', mentions.length, { label: name })}
        noun="mention"
        stops={mentions.map((mention) => {
          const text = passages.get(mention.passageId) ?? ''
          const start = findQuote(text, mention.quote)[0] ?? 0
          return { targetId: mentionAnchor(mention.id), title: around(text, mention.quote.exact, start) }
        })}
      />
    </section>
  )
}
