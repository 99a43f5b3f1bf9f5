import { interpolate } from '../../components/interpolate'
import { corrections } from '../../content/corrections'
import { publication } from '../../content/publication'
import type { NotesBundle } from '../../content/types'
import { LANG, t, tp } from '../../lib/i18n'
import { IsoDate } from '../editorial/iso-date'
import { ClaimLinks, h2 } from './claim-links'

/**
 * The corrections log: every change to what readers were shown after the explainer was first
 * published, newest first, each with its date, the claims it touches, what changed and why. Each
 * entry has an id (`#correction-<id>`) that a changed claim's context links to.
 */
export function CorrectionsLog({ notes }: { notes: NotesBundle }) {
  return (
    <section id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading" className={h2}>
        {t('corrections.heading')}
      </h2>
      <p className="mt-3">{interpolate(t('corrections.intro'), { date: <IsoDate date={publication.published} /> })}</p>
      {/* The log is written in English; the Spanish edition says its quotes are translated. */}
      {LANG === 'es' ? <p className="mt-3">{t('corrections.translated')}</p> : null}
      <ol className="mt-4 space-y-5">
        {corrections.map((entry) => (
          <li key={entry.id} id={`correction-${entry.id}`} className="border-l-4 border-rule pl-3">
            <p className="font-semibold">
              <IsoDate date={entry.date} />
            </p>
            {entry.claimIds.length > 0 ? (
              <p className="text-sm">
                {tp('corrections.claim', entry.claimIds.length)}
                <ClaimLinks claimIds={entry.claimIds} notes={notes} to="context" />
              </p>
            ) : null}
            <p className="mt-1">
              <strong>{t('corrections.what')}</strong> {entry.what}
            </p>
            <p className="mt-1">
              <strong>{t('corrections.why')}</strong> {entry.why}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
