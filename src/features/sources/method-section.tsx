import { interpolate } from '../../components/interpolate'
import { content } from '../../content'
import { publication } from '../../content/publication'
import type { NotesBundle } from '../../content/types'
import { CLAIM_KINDS, VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { KIND_LABELS } from '../../lib/format'
import { t, tp } from '../../lib/i18n'
import { IsoDate } from '../editorial/iso-date'
import { ClaimLinks, h2 } from './claim-links'
import { Glossary } from './glossary'

const { claims } = content

/** How the key claims were chosen and how each is rated: the rubric and the scale, every level defined. */
export function MethodSection({ notes }: { notes: NotesBundle }) {
  const recordEnds = <IsoDate date={publication.recordEnds} />
  return (
    <>
      <h2 className={h2}>{t('method.choose.heading')}</h2>
      <p className="mt-3">{t('method.choose.intro', { count: claims.length })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('method.choose.settle')}</li>
        <li>{t('method.choose.central')}</li>
        <li>{t('method.choose.broad')}</li>
        <li>{t('method.choose.frame')}</li>
        <li>{t('method.choose.themes')}</li>
      </ul>
      <p className="mt-3">{t('method.choose.words')}</p>

      <h3 className="mt-6 text-lg font-semibold">{t('method.kinds.heading')}</h3>
      <Glossary terms={CLAIM_KINDS.map((kind) => ({ id: kind, ...KIND_LABELS[kind] }))} />

      <h2 className={h2}>{t('method.rate.heading')}</h2>
      <p className="mt-3">{t('method.rate.intro')}</p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>{interpolate(t('method.rate.record'), { date: recordEnds })}</li>
        <li>{t('method.rate.dated')}</li>
        <li>{t('method.rate.follows')}</li>
        <li>{t('method.rate.paraphrase')}</li>
        <li>{t('method.rate.contradicted')}</li>
        <li>{t('method.rate.reports')}</li>
        <li>{t('method.rate.secondHand')}</li>
        <li>{t('method.rate.partly')}</li>
        <li>{t('method.rate.updated')}</li>
      </ul>

      <h2 className={h2}>{t('method.scale.heading')}</h2>
      <p className="mt-3">{t('method.scale.intro')}</p>
      <dl className="mt-3 space-y-3">
        {VERDICTS.map((verdict) => {
          const rated = claims.filter((claim) => claim.verdict === verdict)
          return (
            <div key={verdict} id={`verdict-meaning-${verdict}`} className="border-l-4 border-rule pl-3">
              <dt className="font-semibold">
                {verdictScale[verdict].label}{' '}
                <span className="font-normal text-muted">{tp('method.scale.count', rated.length)}</span>
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
        {t('method.checklist.heading')}
      </h2>
      <p className="mt-3">{t('method.checklist.intro')}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>{t('method.checklist.ruling')}</li>
        <li>{t('method.checklist.verdict')}</li>
        <li>{interpolate(t('method.checklist.date'), { date: recordEnds })}</li>
        <li>{t('method.checklist.fact')}</li>
        <li>{t('method.checklist.alleged')}</li>
        <li>{t('method.checklist.dated')}</li>
        <li>{t('method.checklist.percent')}</li>
        <li>{t('method.checklist.label')}</li>
        <li>{t('method.checklist.log')}</li>
      </ol>
      <p className="mt-3">{t('method.checklist.build')}</p>
    </>
  )
}
