import { content } from '../../content'
import { type DatedRole, INTERVIEW_EVENT_ID, type Mention, type NotesBundle, type Person } from '../../content/types'
import { editionPath } from '../../lib/claim-url'
import { formatSourceDate } from '../../lib/format-date'
import { t } from '../../lib/i18n'
import { cardId, rolesAt, whoAnchor } from '../../lib/mentions'
import { sourcesOfFacts } from '../../lib/notes'
import { ClaimRefs } from '../record/claim-refs'
import { CitedSources } from './source-citation'

type Card = { id: string; person: Person; date: string | undefined }

/** One card per person and date a mention's sentence concerns, in the order the text names them. */
function cardsOf(mentions: readonly Mention[], people: readonly Person[]): Card[] {
  const cards = new Map<string, Card>()
  for (const mention of mentions) {
    const person = people.find((p) => p.id === mention.personId)
    const id = cardId(mention)
    if (person && !cards.has(id)) cards.set(id, { id, person, date: mention.date })
  }
  return [...cards.values()]
}

/**
 * The name cards: one popover per name and date, prerendered in the page (opening one costs no
 * request) and hidden until a mention in the text opens it (features/reader/mention-cards.ts).
 * Without JavaScript and on paper they never show: the mention is a link to who's who. Part of the
 * context chunk, with the people and facts they draw on.
 */
export function MentionCards({ notes }: { notes: NotesBundle }) {
  const interview = notes.timeline.find((event) => event.id === INTERVIEW_EVENT_ID)
  return (
    // Hidden until opened: their styles are not inlined (scripts/critical-css.mjs).
    <div className="who-cards" data-below-fold="">
      {cardsOf(content.mentions, notes.people).map((card) => (
        <MentionCard key={card.id} card={card} interviewDate={interview?.date} notes={notes} />
      ))}
    </div>
  )
}

function MentionCard({
  card: { id, person, date },
  interviewDate,
  notes,
}: {
  card: Card
  interviewDate: string | undefined
  notes: NotesBundle
}) {
  const roles = person.roles ?? []
  const then = date ? rolesAt(roles, date) : []
  const atInterview = interviewDate ? rolesAt(roles, interviewDate) : []
  const differ = date !== undefined && then.map((role) => role.text).join() !== atInterview.map((r) => r.text).join()
  const shown = [...(differ ? then : []), ...atInterview]
  const factIds =
    roles.length > 0
      ? [...shown.flatMap((role) => role.factIds), ...(interviewDate ? interviewFacts(notes) : [])]
      : person.factIds
  return (
    // A named group of text and links, opened beside its name with focus left in the text, so not a
    // dialog; a <fieldset> (what the rule suggests) is for form controls.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      popover="manual"
      id={id}
      className="who-card"
      role="group"
      aria-labelledby={`${id}-name`}
      data-who-card={person.id}
    >
      <p id={`${id}-name`} className="who-card-name">
        {person.name}
      </p>
      {roles.length === 0 ? <p className="who-card-role">{person.role}</p> : null}
      {differ && date ? <RolesAt label={t('who.articleDate', { date: formatSourceDate(date) })} roles={then} /> : null}
      {roles.length > 0 && interviewDate ? (
        <RolesAt label={t('who.interviewDate', { date: formatSourceDate(interviewDate) })} roles={atInterview} />
      ) : null}
      {person.why ? <p className="who-card-why">{person.why}</p> : null}
      {person.claimIds?.length ? (
        <p className="who-card-claims">
          {t('who.bearsOn')}
          <ClaimRefs claimIds={person.claimIds} notes={notes} />
        </p>
      ) : null}
      <p className="who-card-links">
        <a href={`#${whoAnchor(person.id)}`} className="link">
          {t('who.inWhosWho')}
        </a>
        <a href={editionPath(`?who=${person.id}`)} className="link" data-who-lens={person.id}>
          {t('who.showMentions')}
        </a>
      </p>
      <p className="who-card-sources">
        <CitedSources sources={sourcesOfFacts(notes, [...new Set(factIds)])} />
      </p>
    </div>
  )
}

const interviewFacts = (notes: NotesBundle) => notes.timeline.find((e) => e.id === INTERVIEW_EVENT_ID)?.factIds ?? []

function RolesAt({ label, roles }: { label: string; roles: readonly DatedRole[] }) {
  return (
    <div className="who-card-role">
      <p className="who-card-date">{label}:</p>
      <ul>
        {roles.map((role) => (
          <li key={role.from}>{role.text}</li>
        ))}
      </ul>
    </div>
  )
}
