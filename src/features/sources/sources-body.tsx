import { Link } from '@tanstack/react-router'
import { content } from '../../content'
import type { Claim, Fact, NotesBundle, Source } from '../../content/types'
import { CLAIM_KINDS, CONFIDENCES, VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { allPassages } from '../../lib/article'
import { CONFIDENCE_MEANINGS, factCaution, KIND_LABELS } from '../../lib/format'
import { claimLabel } from '../../lib/notes'
import { SourceCitation } from '../editorial/source-citation'

const { article, claims, themes } = content
const passages = allPassages(article)

function ClaimLinks({ list, notes }: { list: readonly Claim[]; notes: NotesBundle }) {
  return (
    <>
      {list.map((claim, index) => (
        <span key={claim.id}>
          {index > 0 ? ', ' : null}
          <Link to="/" hash={`claim-${claim.id}`} className="link">
            {claimLabel(notes, claim.id)}
          </Link>
        </span>
      ))}
    </>
  )
}

const h2 = 'mt-10 text-xl font-bold'

// Sorting without locale rules, so the server and every browser agree on the order (hydration).
const sortKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * How the explainer was made: the article's treatment, the choice of claims, the scales, every
 * source. Takes the notes as a prop so it can travel in the lazy context chunk; the page's shell
 * (sources-page.tsx) supplies them.
 */
export function SourcesBody({ notes }: { notes: NotesBundle }) {
  return (
    <>
      <p className="mt-4">
        How this explainer treats the article, how we chose and checked its key claims, and every source behind the
        checks.
      </p>

      <h2 className={h2}>The article, unchanged</h2>
      <p className="mt-3">
        The article is reproduced unchanged: its title, headings and paragraphs, word for word and with their original
        punctuation. The text came to us without an author, outlet or date. The opening part has no heading of its own,
        so we added one and mark it as ours. Highlights, themes, notes and checks sit around the text and never alter
        it.
      </p>

      <h2 className={h2}>How we chose the key claims</h2>
      <p className="mt-3">
        We marked {claims.length} statements as key claims, at least one in every section. We picked the ones a reader
        would take as fact or rely on:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>statements the public record can settle, such as dates, titles, arrests, budgets and death tolls;</li>
        <li>
          statements central to the article’s argument even when the record cannot settle them, such as its praise of
          the White House and its forecast;
        </li>
        <li>enough of them that each theme rests on at least three checked claims.</li>
      </ul>
      <p className="mt-3">
        The marked words are the article’s own and as short as the statement allows. Where the article reports García
        Harfuch, it paraphrases him and quotes none of his words, so we write “García Harfuch, as reported” and never
        attribute to him anything the article does not. Statements the article makes in its own voice are labelled “the
        article’s own narration”.
      </p>

      <h3 className="mt-6 text-lg font-semibold">Kinds of statement</h3>
      <dl className="mt-2 space-y-2">
        {CLAIM_KINDS.map((kind) => (
          <div key={kind}>
            <dt className="font-semibold">{KIND_LABELS[kind].label}</dt>
            <dd>{KIND_LABELS[kind].meaning}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>The record-check scale</h2>
      <p className="mt-3">Each key claim gets one verdict on this scale, from the facts listed under it.</p>
      <dl className="mt-3 space-y-3">
        {VERDICTS.map((verdict) => {
          const rated = claims.filter((claim) => claim.verdict === verdict)
          return (
            <div key={verdict} className="border-l-4 border-rule pl-3">
              <dt className="font-semibold">
                {verdictScale[verdict].label}{' '}
                <span className="font-normal text-muted">
                  ({rated.length} {rated.length === 1 ? 'claim' : 'claims'})
                </span>
              </dt>
              <dd>
                {verdictScale[verdict].meaning}
                {rated.length > 0 ? (
                  <span className="mt-1 block text-sm">
                    <ClaimLinks list={rated} notes={notes} />
                  </span>
                ) : null}
              </dd>
            </div>
          )
        })}
      </dl>

      <h2 className={h2}>Where the facts come from</h2>
      <p className="mt-3">
        Every fact in the notes comes from a fact sheet our editors vetted, each entry checked against the source cited
        for it. We restate the facts in our own words and add none. The fact sheet rates how sure each fact is, and we
        say so next to any fact that is not plainly confirmed:
      </p>
      <dl className="mt-3 space-y-2">
        {CONFIDENCES.map((confidence) => (
          <div key={confidence}>
            <dt className="font-semibold">{CONFIDENCE_MEANINGS[confidence].label}</dt>
            <dd>{CONFIDENCE_MEANINGS[confidence].meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">
        Source titles are the publishers’ headlines, several of them read from the link itself; where we could not
        establish a headline, a description in square brackets stands in for it. A date is as precise as the fact sheet
        gives it, and “undated” where it gives none.
      </p>

      <h2 className={h2}>Themes</h2>
      <p className="mt-3">
        Each paragraph of the article carries one or more of three themes, with a one-line reason shown where the themes
        panel lists it. A key claim carries only themes of its paragraph; its first theme colors its highlight.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="font-semibold">{theme.label}</span>: {theme.description}{' '}
            <span className="text-muted">
              ({passages.filter((p) => p.themes.includes(theme.id)).length} paragraphs,{' '}
              {claims.filter((c) => c.themes.includes(theme.id)).length} key claims)
            </span>
          </li>
        ))}
      </ul>

      <SourceList notes={notes} />
    </>
  )
}

function SourceList({ notes }: { notes: NotesBundle }) {
  const byPublisher = [...notes.sources].sort(
    (a, b) => compare(sortKey(a.publisher), sortKey(b.publisher)) || compare(a.date, b.date),
  )
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className={h2}>
        Sources ({notes.sources.length})
      </h2>
      <p className="mt-3">Every source cited in the notes, by publisher, with the facts it backs.</p>
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
  const usedBy = claims.filter((claim) =>
    notes.notes.some((note) => note.claimId === claim.id && note.factIds.includes(fact.id)),
  )
  const people = notes.people.filter((person) => person.factIds.includes(fact.id))
  return (
    <>
      {caution ? <strong className="font-semibold">{caution}: </strong> : null}
      {fact.text} <span className="text-muted">(fact {fact.id})</span>
      {usedBy.length > 0 || people.length > 0 ? (
        <span className="block text-muted">
          {usedBy.length > 0 ? (
            <>
              Checks: <ClaimLinks list={usedBy} notes={notes} />.
            </>
          ) : null}
          {people.length > 0 ? ` Who’s who: ${people.map((person) => person.name).join(', ')}.` : null}
        </span>
      ) : null}
    </>
  )
}
