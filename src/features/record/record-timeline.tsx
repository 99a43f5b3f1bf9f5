import { AfterFirstPaint } from '../../components/after-first-paint'
import { textParts } from '../../components/text-parts'
import { timelineCallouts, timelineSpans } from '../../content/timeline'
import type { NotesBundle, TimelineEvent } from '../../content/types'
import { formatSourceDate } from '../../lib/format-date'
import { t } from '../../lib/i18n'
import { sourcesOfFacts } from '../../lib/notes'
import { partTitle } from '../editorial/explainer-parts'
import { CitedSources } from '../editorial/source-citation'
import { ClaimRefs } from './claim-refs'

// The overview's coordinates: years across, from the first moment's year to the last's.
const WIDTH = 640
const HEIGHT = 112
const AXIS = 62
const PAD = 16

/** Milliseconds of a day, or of the middle of a month given alone. */
function instant(date: string): number {
  const [year = 0, month = 1, day] = date.split('-').map(Number)
  return day === undefined ? Date.UTC(year, month - 1, 15) : Date.UTC(year, month - 1, day)
}

/**
 * The record's dated moments on one timeline: an overview on wide screens and paper (his posts as
 * spans, every moment a mark, the article's date set against the real one), and under it the
 * ordered list that holds everything, each moment with its source and the claims it bears on.
 * The overview is a picture of the list, so screen readers get the list alone.
 */
export function RecordTimeline({ notes }: { notes: NotesBundle }) {
  const events = notes.timeline
  const first = events[0]
  const last = events.at(-1)
  if (!first || !last) return null
  const startYear = new Date(instant(first.date)).getUTCFullYear()
  const endYear = new Date(instant(last.date)).getUTCFullYear() + 1
  const start = Date.UTC(startYear, 0, 1)
  const end = Date.UTC(endYear, 0, 1)
  const x = (date: string) => PAD + ((instant(date) - start) / (end - start)) * (WIDTH - 2 * PAD)
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i)
  const byId = new Map(events.map((event) => [event.id, event]))

  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="explainer-part">
      <h2 id="timeline-heading">{partTitle('timeline')}</h2>
      <p className="mt-2">{t('timeline.intro')}</p>
      <AfterFirstPaint>
        <svg className="timeline-overview" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          {timelineSpans.map((span, index) => {
            const from = byId.get(span.from)
            const to = span.to ? byId.get(span.to) : undefined
            if (!from) return null
            const x1 = x(from.date)
            const x2 = to ? x(to.date) : WIDTH - PAD
            const y = 8 + index * 20
            return (
              <g key={span.label} className="timeline-span">
                <rect x={x1} y={y} width={Math.max(2, x2 - x1)} height={14} rx={3} />
                <text x={x1 + 4} y={y + 10.5}>
                  {span.label}
                </text>
              </g>
            )
          })}
          <line className="timeline-axis" x1={PAD} x2={WIDTH - PAD} y1={AXIS} y2={AXIS} />
          {years.map((year) => {
            const yearX = PAD + ((Date.UTC(year, 0, 1) - start) / (end - start)) * (WIDTH - 2 * PAD)
            return (
              <g key={year} className="timeline-year">
                <line x1={yearX} x2={yearX} y1={AXIS - 4} y2={AXIS + 4} />
                <text x={yearX} y={AXIS + 16} textAnchor="middle">
                  {year}
                </text>
              </g>
            )
          })}
          {events.map((event) => (
            <circle
              key={event.id}
              className={`timeline-mark is-${event.kind}`}
              cx={x(event.date)}
              cy={AXIS}
              r={event.kind === 'article' ? 6 : 4}
            />
          ))}
          {Object.entries(timelineCallouts).map(([eventId, label], index) => {
            const event = byId.get(eventId)
            if (!event) return null
            const eventX = x(event.date)
            const labelY = AXIS + 32 + index * 14
            // Each label ends at its mark (begins there near the left edge), so two never cross.
            const anchor = eventX > WIDTH * 0.35 ? 'end' : 'start'
            return (
              <g key={eventId} className={`timeline-callout is-${event.kind}`}>
                <line x1={eventX} x2={eventX} y1={AXIS + 6} y2={labelY - 9} />
                <text x={eventX} y={labelY} textAnchor={anchor}>
                  {label}
                </text>
              </g>
            )
          })}
        </svg>
        <ol className="timeline-list">
          {events.map((event) => (
            <li key={event.id} id={`timeline-${event.id}`} className="timeline-item" data-kind={event.kind}>
              <time dateTime={event.date} className="timeline-date">
                {formatSourceDate(event.date)}
              </time>
              <p>
                {event.kind === 'article' ? <strong>{t('timeline.articleClaim')}</strong> : null}
                {event.text}
              </p>
              <MomentSources event={event} notes={notes} />
            </li>
          ))}
        </ol>
      </AfterFirstPaint>
    </section>
  )
}

/** A moment's sources (through its facts) and the claims it bears on, linked in the text. */
function MomentSources({ event, notes }: { event: TimelineEvent; notes: NotesBundle }) {
  return (
    <p className="mt-0.5 text-xs text-muted">
      <CitedSources sources={sourcesOfFacts(notes, event.factIds)} />
      {textParts(t('timeline.fact'), { ids: event.factIds.join(', ') })}
      {event.claimIds.length > 0 ? (
        <>
          {t('timeline.bearsOn')}
          <ClaimRefs claimIds={event.claimIds} notes={notes} />
        </>
      ) : null}
    </p>
  )
}
