import { editorial } from '../../content/editorial'
import type { NotesBundle, Person } from '../../content/types'
import { claimLabel } from '../../lib/notes'
import { ClaimEndnotes } from '../claims/claim-endnotes'
import { partTitle } from './explainer-parts'
import { SourceCitation } from './source-citation'

/**
 * What follows the article text: the takeaways, who's who and the notes on every key claim. Links
 * point at the claims in the text (`#claim-<id>`), so they work without JavaScript. Only content
 * data is read while rendering, so server and client render alike. Part of the context chunk.
 */
export function ExplainerMatter({ notes }: { notes: NotesBundle }) {
  return (
    <div className="explainer-matter">
      <section id="at-a-glance" aria-labelledby="at-a-glance-heading" className="explainer-part below-fold">
        <h2 id="at-a-glance-heading">{partTitle('at-a-glance')}</h2>
        <ul className="mt-3 space-y-3">
          {editorial.takeaways.map((takeaway) => (
            <li key={takeaway.id} className="border-l-2 border-rule pl-3">
              <p>{takeaway.text}</p>
              <p className="mt-1 text-sm text-muted">
                Checked in the text:{' '}
                {takeaway.claimIds.map((claimId, index) => (
                  <span key={claimId}>
                    {index > 0 ? ', ' : null}
                    <a href={`#claim-${claimId}`} className="link">
                      {claimLabel(notes, claimId)}
                    </a>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section id="whos-who" aria-labelledby="whos-who-heading" className="explainer-part below-fold">
        <h2 id="whos-who-heading">{partTitle('whos-who')}</h2>
        <PeopleList notes={notes} />
      </section>

      <ClaimEndnotes notes={notes} />
    </div>
  )
}

function PeopleList({ notes }: { notes: NotesBundle }) {
  return (
    <ul className="mt-3 divide-y divide-rule rounded-md border border-rule bg-surface">
      {notes.people.map((person) => (
        <li key={person.id} className="px-3 py-2">
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
  const sourceIds = new Set(
    person.factIds.flatMap((factId) => notes.facts.find((fact) => fact.id === factId)?.sourceIds ?? []),
  )
  const cited = notes.sources.filter((source) => sourceIds.has(source.id))
  return (
    <div className="mt-2 text-sm leading-6">
      <p>{person.description}</p>
      <p className="mt-1 text-xs text-muted">
        {cited.length === 1 ? 'Source: ' : 'Sources: '}
        {cited.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? '; ' : null}
            <SourceCitation source={source} />
          </span>
        ))}
      </p>
    </div>
  )
}
