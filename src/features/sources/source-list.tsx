import type { Fact, NotesBundle, Source } from '../../content/types'
import { factCaution } from '../../lib/format'
import { t } from '../../lib/i18n'
import { SourceCitation } from '../editorial/source-citation'
import { ClaimLinks, h2 } from './claim-links'

// Sorting without locale rules, so the server and every browser agree on the order (hydration).
const sortKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Every source cited in the notes, by publisher, each with the facts it backs and what they check. */
export function SourceList({ notes }: { notes: NotesBundle }) {
  const byPublisher = [...notes.sources].sort(
    (a, b) => compare(sortKey(a.publisher), sortKey(b.publisher)) || compare(a.date, b.date),
  )
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className={h2}>
        {t('sources.list.heading', { count: notes.sources.length })}
      </h2>
      <p className="mt-3">{t('sources.list.intro')}</p>
      <ul className="mt-4 space-y-5">
        {byPublisher.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceCitation source={source} />
            <FactsOfSource source={source} notes={notes} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function FactsOfSource({ source, notes }: { source: Source; notes: NotesBundle }) {
  const backed = notes.facts.filter((fact) => fact.sourceIds.includes(source.id))
  if (backed.length === 0) return null
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
      {backed.map((fact) => (
        <li key={fact.id}>
          <FactLine fact={fact} notes={notes} />
        </li>
      ))}
    </ul>
  )
}

function FactLine({ fact, notes }: { fact: Fact; notes: NotesBundle }) {
  const caution = factCaution(fact)
  // In the order of the notes, which follows claims.ts.
  const usedBy = notes.notes.filter((note) => note.factIds.includes(fact.id)).map((note) => note.claimId)
  const people = notes.people.filter((person) => person.factIds.includes(fact.id))
  return (
    <>
      {caution ? <strong className="font-semibold">{caution}: </strong> : null}
      {fact.text} <span className="text-muted">{t('sources.list.fact', { id: fact.id })}</span>
      {usedBy.length > 0 || people.length > 0 ? (
        <span className="block text-muted">
          {usedBy.length > 0 ? (
            <>
              {t('sources.list.checks')}
              <ClaimLinks claimIds={usedBy} notes={notes} />.
            </>
          ) : null}
          {people.length > 0
            ? t('sources.list.whosWho', { names: people.map((person) => person.name).join(', ') })
            : null}
        </span>
      ) : null}
    </>
  )
}
