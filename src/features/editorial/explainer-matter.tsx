import { AfterFirstPaint } from '../../components/after-first-paint'
import { content } from '../../content'
import { editorial } from '../../content/editorial'
import type { NotesBundle, Person } from '../../content/types'
import { editionPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import { whoAnchor } from '../../lib/mentions'
import { sourcesOfFacts } from '../../lib/notes'
import { ClaimEndnotes } from '../claims/claim-endnotes'
import { ClaimRefs } from '../record/claim-refs'
import { RecordNumbers } from '../record/record-numbers'
import { RecordTimeline } from '../record/record-timeline'
import { partTitle } from './explainer-parts'
import { CitedSources } from './source-citation'

/**
 * What follows the article text: the takeaways, the timeline, the record in numbers, who's who and
 * the notes on every key claim. Links point at the claims in the text (`#claim-<id>`), so they work without JavaScript. Only content
 * data is read while rendering, so server and client render alike. Part of the context chunk.
 */
export function ExplainerMatter({ notes }: { notes: NotesBundle }) {
  return (
    // Far below the first screen: it costs no layout before the first paint (content-visibility
    // in styles.css), and its styles are not inlined (scripts/critical-css.mjs). One container,
    // so a link into it renders all of it and lands exactly. Each part's body is built after the
    // first paint in a browser with JavaScript (components/after-first-paint.tsx).
    <div className="explainer-matter" data-below-fold="">
      <section id="at-a-glance" aria-labelledby="at-a-glance-heading" className="explainer-part">
        <h2 id="at-a-glance-heading">{partTitle('at-a-glance')}</h2>
        <AfterFirstPaint>
          <ul className="mt-3 space-y-3">
            {editorial.takeaways.map((takeaway) => (
              <li key={takeaway.id} className="border-l-2 border-rule pl-3">
                <p>{takeaway.text}</p>
                <p className="mt-1 text-sm text-muted">
                  {t('takeaways.checkedIn')}
                  <ClaimRefs claimIds={takeaway.claimIds} notes={notes} />
                </p>
              </li>
            ))}
          </ul>
        </AfterFirstPaint>
      </section>

      <RecordTimeline notes={notes} />
      <RecordNumbers notes={notes} />

      <section id="whos-who" aria-labelledby="whos-who-heading" className="explainer-part">
        <h2 id="whos-who-heading">{partTitle('whos-who')}</h2>
        <AfterFirstPaint>
          <PeopleList notes={notes} />
        </AfterFirstPaint>
      </section>

      <ClaimEndnotes notes={notes} />
    </div>
  )
}

function PeopleList({ notes }: { notes: NotesBundle }) {
  return (
    <ul className="mt-3 divide-y divide-rule rounded-md border border-rule bg-surface">
      {notes.people.map((person) => (
        <li key={person.id} id={whoAnchor(person.id)} className="who-entry px-3 py-2">
          <details>
            <summary className="cursor-pointer">
              <strong>{person.name}</strong>
              <span className="text-muted">: {person.role}</span>
            </summary>
            <PersonDetails person={person} notes={notes} />
          </details>
        </li>
      ))}
    </ul>
  )
}

function PersonDetails({ person, notes }: { person: Person; notes: NotesBundle }) {
  return (
    <div className="mt-2 text-sm leading-6">
      <p>{person.description}</p>
      <p className="mt-1 text-xs text-muted">
        <CitedSources sources={sourcesOfFacts(notes, person.factIds)} />
      </p>
      {content.mentions.some((mention) => mention.personId === person.id) ? (
        <p className="mt-1">
          <a href={editionPath(`?who=${person.id}`)} className="link" data-who-lens={person.id}>
            {t('who.showMentionsInText')}
          </a>
        </p>
      ) : null}
    </div>
  )
}
