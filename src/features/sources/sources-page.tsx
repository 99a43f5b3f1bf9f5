import { Suspense } from 'react'
import { t } from '../../lib/i18n'
import { useNotes } from '../claims/use-notes'
import { SourcesBody } from './sources-body'

/** The Sources & method page: a shell whose body waits for the notes (prerendered in full). */
export function SourcesPage() {
  return (
    <div className="mx-auto max-w-measure px-4 py-8 leading-7">
      <h1 className="text-3xl font-bold">{t('sources.title')}</h1>
      <Suspense fallback={<p className="mt-4">{t('sources.loading')}</p>}>
        <BodyWithNotes />
      </Suspense>
    </div>
  )
}

function BodyWithNotes() {
  return <SourcesBody notes={useNotes()} />
}
