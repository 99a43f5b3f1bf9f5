import { Fragment, type ReactNode } from 'react'

/**
 * An interface text with React elements in place of its {placeholders}, for a link or a date inside a
 * sentence: `interpolate(t('sources.report.body'), { link: <a …>…</a> })`. The sentence stays one
 * text, so each language orders its words around the element as it needs. A placeholder with no
 * element given stays as written, like `fill` in lib/i18n.ts leaves an unknown one.
 */
export function interpolate(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  const parts: ReactNode[] = []
  const pieces = text.split(/\{(\w+)\}/)
  for (let at = 0; at < pieces.length; at++) {
    const piece = pieces[at] ?? ''
    if (at % 2 === 0) {
      if (piece !== '') parts.push(piece)
    } else if (piece in elements) {
      parts.push(<Fragment key={`${piece}-${at}`}>{elements[piece]}</Fragment>)
    } else parts.push(`{${piece}}`)
  }
  return parts
}
