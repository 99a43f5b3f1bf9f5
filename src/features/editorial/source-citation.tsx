import type { Source } from '../../content/types'
import { UNDATED } from '../../content/types'
import { formatSourceDate } from '../../lib/format'
import { LANG, t, tp } from '../../lib/i18n'

/** One source as a reader cites it: linked title, publisher, date (and the address, on paper). */
export function SourceCitation({ source }: { source: Source }) {
  // A headline in the other language than the page's is marked so, for speech and for translation tools.
  const lang = source.language && source.language !== LANG ? source.language : undefined
  return (
    <>
      {source.url ? (
        <a href={source.url} className="link" target="_blank" rel="noopener noreferrer">
          <cite className="not-italic" lang={lang}>
            {source.title}
          </cite>
          <span className="sr-only">{t('source.newTab')}</span>
        </a>
      ) : (
        <cite className="not-italic" lang={lang}>
          {source.title}
        </cite>
      )}
      , {source.publisher},{' '}
      {source.date === UNDATED ? (
        t('source.undated')
      ) : (
        <time dateTime={source.date}>{formatSourceDate(source.date)}</time>
      )}
      {source.url ? (
        <span className="hidden break-all print:inline">, {source.url}</span>
      ) : (
        <span className="text-muted">{t('source.noLink')}</span>
      )}
    </>
  )
}

/** Sources cited in order: "Source: …" or "Sources: …; …". */
export function CitedSources({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {tp('source', sources.length)}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : null}
          <SourceCitation source={source} />
        </span>
      ))}
    </>
  )
}
