import { Suspense } from 'react'
import { useNotes } from '../claims/use-notes'

export function SourcesPage() {
  return (
    <div className="mx-auto max-w-measure px-4 py-8">
      <h1 className="text-3xl font-bold">Sources &amp; method</h1>
      <Suspense fallback={<p>Loading the sources…</p>}>
        <SourceList />
      </Suspense>
    </div>
  )
}

function SourceList() {
  const { sources } = useNotes()
  return (
    <>
      <h2 className="mt-8 text-xl font-semibold">Sources</h2>
      <ul className="mt-4 space-y-3">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            {source.url ? (
              <a className="link" href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            , {source.publisher}, {source.date}
          </li>
        ))}
      </ul>
    </>
  )
}
