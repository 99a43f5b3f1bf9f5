import { interpolate } from '../../components/interpolate'
import { content } from '../../content'
import type { NotesBundle } from '../../content/types'
import { CONFIDENCES } from '../../content/types'
import { allPassages } from '../../lib/article'
import { CONFIDENCE_MEANINGS } from '../../lib/format'
import { LANG, t } from '../../lib/i18n'
import { ReportErrorLink } from '../editorial/report-error-link'
import { h2 } from './claim-links'
import { CorrectionsLog } from './corrections-log'
import { Glossary } from './glossary'
import { MethodSection } from './method-section'
import { SourceList } from './source-list'

const { article, claims, themes } = content
const passages = allPassages(article)

/**
 * How the explainer was made: the article's treatment, the choice of claims, how they are rated,
 * where the facts come from, how to report an error, the corrections log and every source. Takes
 * the notes as a prop so it can travel in the lazy context chunk; the page's shell
 * (sources-page.tsx) supplies them.
 */
export function SourcesBody({ notes }: { notes: NotesBundle }) {
  return (
    <>
      <p className="mt-4">{t('sources.intro')}</p>

      <h2 className={h2}>{t('sources.article.heading')}</h2>
      <p className="mt-3">{t('sources.article.body')}</p>
      {/* Only the Spanish edition is a translation, and says what the translation does. */}
      {LANG === 'es' ? <p className="mt-3">{t('sources.article.translation')}</p> : null}

      <MethodSection notes={notes} />

      <h2 className={h2}>{t('sources.facts.heading')}</h2>
      <p className="mt-3">{t('sources.facts.body')}</p>
      <Glossary terms={CONFIDENCES.map((confidence) => ({ id: confidence, ...CONFIDENCE_MEANINGS[confidence] }))} />
      <p className="mt-3">
        {interpolate(t('sources.facts.secondHand'), { term: <strong>{t('sources.facts.secondHandTerm')}</strong> })}
      </p>
      <p className="mt-3">{t('sources.facts.languages')}</p>

      <h2 className={h2}>{t('sources.themes.heading')}</h2>
      <p className="mt-3">{t('sources.themes.body')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="font-semibold">{theme.label}</span>: {theme.description}{' '}
            <span className="text-muted">
              {t('sources.themes.counts', {
                passages: passages.filter((p) => p.themes.includes(theme.id)).length,
                claims: claims.filter((c) => c.themes.includes(theme.id)).length,
              })}
            </span>
          </li>
        ))}
      </ul>

      <h2 className={h2}>{t('sources.report.heading')}</h2>
      <p className="mt-3">
        {interpolate(t('sources.report.body'), {
          link: <ReportErrorLink>{t('sources.report.link')}</ReportErrorLink>,
        })}
      </p>

      <CorrectionsLog notes={notes} />

      <SourceList notes={notes} />
    </>
  )
}
