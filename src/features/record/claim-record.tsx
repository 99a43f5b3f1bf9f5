import type { Claim, NotesBundle } from '../../content/types'
import { formatSourceDate } from '../../lib/format-date'
import { t } from '../../lib/i18n'
import { BarChart } from './bar-chart'

/**
 * The record as a picture, for one claim: the charts of the numbers it rests on, and its moments
 * on the timeline (links to them). Nothing when the record has neither for it.
 */
export function ClaimRecord({ claim, notes, heading }: { claim: Claim; notes: NotesBundle; heading: 'h3' | 'h4' }) {
  const Heading = heading
  const figures = notes.figures.filter((figure) => figure.claimIds.includes(claim.id))
  const moments = notes.timeline.filter((event) => event.claimIds.includes(claim.id))
  if (figures.length === 0 && moments.length === 0) return null
  return (
    <div className="claim-record">
      {figures.length > 0 ? (
        <>
          <Heading className="mt-4 text-sm font-semibold">{t('claim.inNumbers')}</Heading>
          {figures.map((figure) => (
            <BarChart key={figure.id} figure={figure} notes={notes} />
          ))}
        </>
      ) : null}
      {moments.length > 0 ? (
        <p className="mt-3">
          <span className="font-semibold">{t('claim.onTimeline')}</span>
          {moments.map((event, index) => (
            <span key={event.id}>
              {index > 0 ? ' · ' : null}
              <a href={`#timeline-${event.id}`} className="link">
                <time dateTime={event.date}>{formatSourceDate(event.date)}</time>
                {event.kind === 'article' ? t('claim.articleDate') : null}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  )
}
