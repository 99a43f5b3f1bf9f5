import { Suspense } from 'react'
import { useNotes } from '../claims/use-notes'
import { SourcesBody } from './sources-body'

/** The Sources & method page: a shell whose body waits for the notes (prerendered in full). */
export function SourcesPage() {
  return (
    <div className="mx-auto max-w-measure px-4 py-8 leading-7">
      <h1 className="text-3xl font-bold">Sources &amp; method</h1>
      <Suspense fallback={<p className="mt-4">Loading the sources…</p>}>
        <BodyWithNotes />
      </Suspense>
    </div>
  )
}

function BodyWithNotes() {
  return <SourcesBody notes={useNotes()} />
}
