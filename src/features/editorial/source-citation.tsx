import type { Source } from '../../content/types'
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

/** Sources cited in order: "Source: …" or "Sources: …; …". */
export function CitedSources({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : null}
          <SourceCitation source={source} />
        </span>
      ))}
    </>
  )
}
