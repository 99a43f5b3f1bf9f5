// Where a quote sits in its passage: the one rule claims and name mentions share (their words must
// occur there exactly once).
import { findQuote } from '../quote'
import type { Passage, TextQuoteSelector } from '../types'
import type { ContentFile, Reporter } from './report'

/** An anchored quote: the item's id and its characters in the passage. */
export type Span = { id: string; start: number; end: number }

/** The quote's span when it occurs exactly once in the passage; otherwise how many times it does. */
export function locateQuote(id: string, passage: Passage, quote: TextQuoteSelector): Span | number {
  const found = findQuote(passage.text, quote)
  const start = found[0]
  if (found.length !== 1 || start === undefined) return found.length
  return { id, start, end: start + quote.exact.length }
}

/** The quote's span, or undefined once it has reported a quote not found exactly once. */
export function anchorQuote(
  reporter: Reporter,
  file: ContentFile,
  id: string,
  passage: Passage,
  quote: TextQuoteSelector,
): Span | undefined {
  const at = locateQuote(id, passage, quote)
  if (typeof at !== 'number') return at
  const how = at === 0 ? 'not found' : `found ${at} times`
  reporter.report(file, id, 'quote.exact', `${how} in passage "${passage.id}" (must be exactly once)`, 'quote-anchor')
  return undefined
}
