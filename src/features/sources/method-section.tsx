import { content } from '../../content'
import { publication } from '../../content/publication'
import type { NotesBundle } from '../../content/types'
import { CLAIM_KINDS, VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { KIND_LABELS } from '../../lib/format'
import { IsoDate } from '../editorial/iso-date'
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
        <li>
          the article’s own frame, its “aggressive approach”, checked as the article’s characterisation with what each
          side of the record shows;
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
      <Glossary terms={CLAIM_KINDS.map((kind) => ({ id: kind, ...KIND_LABELS[kind] }))} />

      <h2 className={h2}>How we rate a claim</h2>
      <p className="mt-3">
        The checks are the editors’, and every one follows the same written rules. Each claim’s context opens with our
        ruling in one sentence, its verdict beside it, and the date it was checked.
      </p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>
          We rate the statement as the article makes it, against the record our editors vetted, which ends on{' '}
          <IsoDate date={publication.recordEnds} />. Each check gives its date and says that its record ends then: a
          check made later does not take in what happened after that day.
        </li>
        <li>
          Every figure is dated as of its source (“as of 18 December 2025”, “as proposed in September 2025”), and never
          called the latest, or current.
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
        <li>
          A verdict that rests on a second-hand report says so (see “Where the facts come from”), and so does one that
          rests on the transfers of alleged cartel figures to the United States.
        </li>
        <li>
          A “Partly supported” ruling names the part that holds. A qualifier a fact carries (“alleged”, “preliminary”,
          “nominal”, “disputed”, “missing or not located”) goes wherever the fact is used.
        </li>
        <li>
          When we change a published note, we give it an “Updated” date and say in the corrections log below what
          changed and why.
        </li>
      </ul>

      <h2 className={h2}>The record-check scale</h2>
      <p className="mt-3">
        Each key claim gets one verdict, from best to worst support. The labels do not overlap: “Unverifiable” stands
        outside the scale and is only for forecasts, opinions and value judgements that no record could settle; a
        statement of fact that the record is silent on, or cuts against without showing it false, is “Not borne out”.
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

      <h2 className={h2} id="checklist">
        Before a note is published
      </h2>
      <p className="mt-3">Every note must have, before it is published or changed:</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>a ruling in one sentence, naming the part that holds where the claim is partly supported;</li>
        <li>
          a verdict that follows from the note’s own words by the scale above, by the same test as every other note;
        </li>
        <li>
          the date of the check, against the record that ends on <IsoDate date={publication.recordEnds} />
          {';'}
        </li>
        <li>at least one fact from the vetted fact sheet, each with its source, at least one of them linked;</li>
        <li>
          “alleged” wherever it mentions the people Mexico sent to the United States, and every other qualifier its
          facts carry;
        </li>
        <li>each figure dated as of its source, with no “latest”, “now”, “currently” or “still” about it;</li>
        <li>each percentage beside the two figures it comes from, recomputed from them;</li>
        <li>a label on every second-hand report the verdict rests on, and on a paraphrase rated as a paraphrase;</li>
        <li>an entry in the corrections log, with the old text, the new and why, for any change once published.</li>
      </ol>
      <p className="mt-3">
        The build refuses content that breaks the points a machine can check: a missing ruling or check date, a fact
        that does not exist, transfers without “alleged”, an undated “latest”, “now”, “currently” or “still” beside a
        figure, and a percentage that its two figures do not give.
      </p>
    </>
  )
}
