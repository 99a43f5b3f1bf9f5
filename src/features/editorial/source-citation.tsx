import type { NotesBundle, Source } from '../../content/types'
import { UNDATED } from '../../content/types'
import { formatSourceDate } from '../../lib/format'

/** One source as a reader cites it: linked title, publisher, date (and the address, on paper). */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} className="link" target="_blank" rel="noopener noreferrer">
          <cite className="not-italic">{source.title}</cite>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <cite className="not-italic">{source.title}</cite>
      )}
      , {source.publisher},{' '}
      {source.date === UNDATED ? 'undated' : <time dateTime={source.date}>{formatSourceDate(source.date)}</time>}
      {source.url ? (
        <span className="hidden break-all print:inline">, {source.url}</span>
      ) : (
        <span className="text-muted"> (no link available)</span>
      )}
    </>
  )
}

/** The sources behind some facts, cited in order: "Source: …" or "Sources: …; …". */
export function CitedSources({ factIds, notes }: { factIds: readonly string[]; notes: NotesBundle }) {
  const sourceIds = new Set(factIds.flatMap((id) => notes.facts.find((fact) => fact.id === id)?.sourceIds ?? []))
  const cited = notes.sources.filter((source) => sourceIds.has(source.id))
  return (
    <>
      {cited.length === 1 ? 'Source: ' : 'Sources: '}
      {cited.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : null}
          <SourceCitation source={source} />
        </span>
      ))}
    </>
  )
}
