import { content } from '../../content'
import type { NotesBundle } from '../../content/types'
import { CLAIM_KINDS, VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { KIND_LABELS } from '../../lib/format'
import { ClaimLinks, h2 } from './claim-links'
import { Glossary } from './glossary'

const { claims } = content

/** How the key claims were chosen and how each is rated: the rubric and the scale, every level defined. */
export function MethodSection({ notes }: { notes: NotesBundle }) {
  return (
    <>
      <h2 className={h2}>How we chose the key claims</h2>
      <p className="mt-3">
        We marked {claims.length} statements as key claims, at least one in every section. We picked the ones a reader
        would take as fact or rely on:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>statements the public record can settle, such as dates, titles, arrests, budgets and death tolls;</li>
        <li>
          statements central to the article’s argument even when the record cannot settle them, such as its praise of
          the White House, its forecasts and the views it credits García Harfuch with;
        </li>
        <li>the broad assertions a reader would want to check, such as the government’s intensified efforts;</li>
        <li>enough of them that each theme rests on at least three checked claims.</li>
      </ul>
      <p className="mt-3">
        The marked words are the article’s own and as short as the statement allows. Where the article reports García
        Harfuch, it paraphrases him and quotes none of his words, so we write “García Harfuch, as reported” and never
        attribute to him anything the article does not. Statements the article makes in its own voice are labelled “the
        article’s own narration”.
      </p>

      <h3 className="mt-6 text-lg font-semibold">Kinds of statement</h3>
      <Glossary terms={CLAIM_KINDS.map((kind) => ({ id: kind, ...KIND_LABELS[kind] }))} />

      <h2 className={h2}>How we rate a claim</h2>
      <p className="mt-3">
        The checks are the editors’, and every one follows the same written rules. Each claim’s context opens with our
        ruling in one sentence, its verdict beside it, and the date it was checked.
      </p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>
          We rate the statement as the article makes it, against the public record on the day of the check, and give
          that day.
        </li>
        <li>
          The verdict follows from what the note itself says, by the definitions below: a note that finds every part of
          a statement borne out gives “Supported”, not “Partly supported”.
        </li>
        <li>
          Where the article paraphrases García Harfuch and the record holds none of his own words, we say so and rate
          what the paraphrase says, the same way for every such claim.
        </li>
        <li>
          “Contradicted” only when the record shows the statement false as worded, with no reading under which it holds.
          Where one figure fell and another rose, such as two budgets, we name each, and never let one stand for all.
        </li>
        <li>
          What a source reports someone said stays a report: “the government said it took no part” is not “it took no
          part”. A measure of one thing is not evidence of another.
        </li>
        <li>A verdict that rests on a second-hand report says so (see “Where the facts come from”).</li>
        <li>
          When we change a published note, we give it an “Updated” date and say in the corrections log below what
          changed and why.
        </li>
      </ul>

      <h2 className={h2}>The record-check scale</h2>
      <p className="mt-3">
        Each key claim gets one verdict, from best to worst support; “Unverifiable” stands outside the scale.
      </p>
      <dl className="mt-3 space-y-3">
        {VERDICTS.map((verdict) => {
          const rated = claims.filter((claim) => claim.verdict === verdict)
          return (
            <div key={verdict} id={`verdict-meaning-${verdict}`} className="border-l-4 border-rule pl-3">
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
                    <ClaimLinks claimIds={rated.map((claim) => claim.id)} notes={notes} />
                  </span>
                ) : null}
              </dd>
            </div>
          )
        })}
      </dl>
    </>
  )
}
