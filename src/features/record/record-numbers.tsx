import { AfterFirstPaint } from '../../components/after-first-paint'
import type { NotesBundle } from '../../content/types'
import { t } from '../../lib/i18n'
import { partTitle } from '../editorial/explainer-parts'
import { BarChart } from './bar-chart'
import { ClaimRefs } from './claim-refs'

/** "The record in numbers": every chart of the record, each with the claims it bears on. */
export function RecordNumbers({ notes }: { notes: NotesBundle }) {
  return (
    <section id="numbers" aria-labelledby="numbers-heading" className="explainer-part">
      <h2 id="numbers-heading">{partTitle('numbers')}</h2>
      <p className="mt-2">{t('numbers.intro')}</p>
      <AfterFirstPaint>
        <ul className="mt-4 space-y-8">
          {notes.figures.map((figure) => (
            <li key={figure.id}>
              <BarChart figure={figure} notes={notes} />
              <p className="mt-1 text-xs text-muted">
                {t('numbers.bearsOn')}
                <ClaimRefs claimIds={figure.claimIds} notes={notes} />
              </p>
            </li>
          ))}
        </ul>
      </AfterFirstPaint>
    </section>
  )
}
