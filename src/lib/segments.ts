import { findQuote } from '../content/quote'
import type { Claim } from '../content/types'

export type Segment = { kind: 'text'; text: string } | { kind: 'claim'; text: string; claimId: string }

/**
 * Splits a passage's text into plain and claim segments, in order. Claims whose quote is not
 * found exactly once, or that overlap an earlier claim, are left as plain text (validation
 * rejects such content at build; this keeps the reader whole regardless).
 */
export function segmentPassage(text: string, claims: readonly Claim[]): Segment[] {
  const spans = claims
    .map((claim) => {
      const found = findQuote(text, claim.quote)
      const start = found.length === 1 ? (found[0] ?? -1) : -1
      return { claim, start, end: start + claim.quote.exact.length }
    })
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start)

  const segments: Segment[] = []
  let cursor = 0
  for (const { claim, start, end } of spans) {
    if (start < cursor) continue
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) })
    segments.push({ kind: 'claim', text: text.slice(start, end), claimId: claim.id })
    cursor = end
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) })
  return segments
}
