import { textParts } from '../../components/text-parts'
import { corrections } from '../../content/corrections'
import { publication } from '../../content/publication'
import type { Claim, ClaimNote, Fact, NotesBundle, Source } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { editionPath } from '../../lib/claim-url'
import { factCaution, KIND_LABELS } from '../../lib/format'
import { t } from '../../lib/i18n'
import { correctionsOf, noteOf } from '../../lib/notes'
import { ClaimRecord } from '../record/claim-record'
import { IsoDate } from './iso-date'
import { ReportErrorLink } from './report-error-link'
import { CitedSources } from './source-citation'

type ClaimDetailsProps = {
  claim: Claim
  notes: NotesBundle
  /** The level of this block's own headings: 3 in the Context dialog (under its h2), 4 in endnotes. */
  headingLevel: 3 | 4
}

/**
 * Everything a reader needs to judge one key claim: first our ruling with its verdict and the dates
 * of the check, then its words, who says it and what kind of statement it is, our context, what the
 * record shows, each fact behind the check with its sources, and a way to report an error. Related
 * claims, themes and paging belong to the host (dialog, endnotes).
 */
export function ClaimDetails({ claim, notes, headingLevel }: ClaimDetailsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const note = noteOf(notes, claim.id)
  const verdict = verdictScale[claim.verdict]
  const contradicted = claim.verdict === 'contradicted'
  const speaker = note ? notes.speakers.find((s) => s.id === note.speakerId) : undefined
  const facts = (note?.factIds ?? []).flatMap((id) => notes.facts.find((fact) => fact.id === id) ?? [])
  const headingClass = 'mt-4 text-sm font-semibold'
  /** A text of a note not translated yet is the English one: marked so, for the reader and for speech. */
  const english = (field: 'ruling' | 'context' | 'record') => (note?.englishFields?.includes(field) ? 'en' : undefined)

  return (
    <div className="claim-details font-sans text-sm leading-6 text-ink" data-verdict={claim.verdict}>
      <div
        className={`rounded-md border-l-4 px-3 py-2 ${
          contradicted
            ? 'border-(color:--color-warning) bg-(--color-warning-tint)'
            : 'border-(color:--color-accent) bg-surface'
        }`}
      >
        <p className="claim-ruling text-base">
          <strong className={contradicted ? 'text-(color:--color-warning)' : ''}>
            {contradicted ? <span aria-hidden="true">⚠ </span> : null}
            {textParts(t('claim.ruling'), { label: verdict.label })}
          </strong>{' '}
          <span lang={english('ruling')}>{note?.ruling}</span>
        </p>
        <p className="mt-1 text-xs">{verdict.meaning}</p>
      </div>
      {note?.pending ? <p className="translation-pending mt-2">{t('claim.translationPending')}</p> : null}
      {note ? <CheckDates note={note} /> : null}

      <figure className="mt-3">
        <blockquote className="border-l-4 border-rule pl-3 font-serif text-base italic">
          <p>“{claim.quote.exact}”</p>
        </blockquote>
        <figcaption className="mt-1 text-xs text-muted">{t('claim.quoteCaption')}</figcaption>
      </figure>

      {note ? (
        <>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-semibold">{t('claim.whoSays')}</dt>
            <dd>
              {speaker ? (
                <>
                  {speaker.name}. <span className="text-muted">{speaker.role}</span>
                </>
              ) : (
                t('claim.notRecorded')
              )}
            </dd>
            <dt className="font-semibold">{t('claim.kind')}</dt>
            <dd>
              {KIND_LABELS[note.kind].label}. <span className="text-muted">{KIND_LABELS[note.kind].meaning}</span>
            </dd>
          </dl>

          <Heading className={headingClass}>{t('claim.background')}</Heading>
          <p className="mt-1" lang={english('context')}>
            {note.context}
          </p>

          <Heading className={headingClass}>{t('claim.record')}</Heading>
          <p className="mt-1" lang={english('record')}>
            {note.record}
          </p>
          <ClaimRecord claim={claim} notes={notes} heading={Heading} />

          <Heading className={headingClass}>{t('claim.facts')}</Heading>
          <ul className="mt-1 space-y-3">
            {facts.map((fact) => (
              <li key={fact.id}>
                <FactWithSources fact={fact} sources={notes.sources} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-muted">{t('claim.notWritten')}</p>
      )}

      <p className="mt-4">
        <ReportErrorLink claim={{ id: claim.id, label: note?.label ?? claim.id }}>
          {t('claim.reportError')}
        </ReportErrorLink>
      </p>
    </div>
  )
}

/**
 * When the claim was checked, and against the record up to which day; if its note changed since, when,
 * with the way to the log.
 */
function CheckDates({ note }: { note: ClaimNote }) {
  const logged = note.updated ? correctionsOf(corrections, note.claimId).filter((e) => e.date === note.updated) : []
  const [only] = logged.length === 1 ? logged : []
  return (
    <p className="claim-dates mt-2 text-xs text-muted">
      {textParts(t('claim.checked'), {
        date: <IsoDate date={note.checked} />,
        recordEnds: <IsoDate date={publication.recordEnds} />,
      })}
      {note.updated ? (
        <>
          {' · '}
          {textParts(t('claim.updated'), { date: <IsoDate date={note.updated} /> })} —{' '}
          <a href={editionPath(only ? `sources#correction-${only.id}` : 'sources#corrections')} className="link">
            {t('claim.seeLog')}
            {logged.length > 1 ? t('claim.seeLogEntries', { count: logged.length }) : ''}
          </a>
        </>
      ) : null}
    </p>
  )
}

function FactWithSources({ fact, sources }: { fact: Fact; sources: readonly Source[] }) {
  const caution = factCaution(fact)
  const cited = fact.sourceIds.flatMap((id) => sources.find((source) => source.id === id) ?? [])
  return (
    <>
      <p>
        {caution ? (
          <strong className="mr-1 rounded bg-(--color-warning-tint) px-1 font-semibold text-(color:--color-warning)">
            {caution}:
          </strong>
        ) : null}
        {fact.text}
      </p>
      <p className="mt-0.5 text-xs text-muted">
        <CitedSources sources={cited} />
      </p>
    </>
  )
}
