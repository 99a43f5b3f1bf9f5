import { formatNumber } from './i18n'

/**
 * An interface string whose {placeholders} stand for parts rendered apart (a link, a date, a
 * claim's label): the text cut at each placeholder, with its part in its place and numbers written
 * for the locale, so each edition keeps its own word order. A placeholder without a part stays as
 * written; no empty piece is left where a placeholder starts or ends the text.
 */
export function fillParts<Part>(text: string, parts: Record<string, Part | string | number>): (Part | string)[] {
  return text.split(/(\{\w+\})/).flatMap((piece, index) => {
    if (index % 2 === 0) return piece === '' ? [] : [piece]
    const part = parts[piece.slice(1, -1)]
    if (part === undefined) return [piece]
    return typeof part === 'number' ? [formatNumber(part)] : [part]
  })
}
