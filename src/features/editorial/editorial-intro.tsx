import { editorial } from '../../content/editorial'
import type { NotesBundle, Person } from '../../content/types'
import { claimLabel } from '../../lib/notes'
import { SourceCitation } from './source-citation'

/**
 * The editorial matter above the article: the editor's note on its errors, the takeaways and the
 * "Who's who" card. Links point at the claims in the text (`#claim-<id>`), so they work without
 * JavaScript. Only content data is read while rendering, so server and client render alike.
 * Part of the context chunk, with the notes it draws labels and people from.
 */
export function EditorialIntro({ notes }: { notes: NotesBundle }) {
  return (
    <div className="editorial-intro mb-10 space-y-8 font-sans text-base leading-7">
      <div
        role="note"
        aria-labelledby="editors-note-heading"
        className="rounded-md border-l-4 border-(color:--color-warning) bg-(--color-warning-tint) px-4 py-3"
      >
        <h2 id="editors-note-heading" className="text-lg font-bold text-(color:--color-warning)">
          <span aria-hidden="true">⚠ </span>Editor’s note
        </h2>
        <p className="mt-1">{editorial.note.text}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {editorial.note.corrections.map((correction) => (
            <li key={correction.claimId}>
              <a href={`#claim-${correction.claimId}`} className="link font-semibold">
                {claimLabel(notes, correction.claimId)}
              </a>
              : {correction.text}
            </li>
          ))}
        </ul>
      </div>

      <section aria-labelledby="at-a-glance-heading">
        <h2 id="at-a-glance-heading" className="text-xl font-bold">
          At a glance
        </h2>
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

      <section aria-labelledby="whos-who-heading">
        <h2 id="whos-who-heading" className="text-xl font-bold">
          Who’s who
        </h2>
        <PeopleList notes={notes} />
      </section>
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
