import { findQuote } from '../content/quote'
import type { Claim, Mention, TextQuoteSelector } from '../content/types'

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'claim'; text: string; claimId: string }
  | { kind: 'mention'; text: string; mentionId: string }

type Span = { start: number; end: number; segment: (text: string) => Segment }

/** Where a quote sits in `text`, if it is found there exactly once. */
function spanOf(text: string, quote: TextQuoteSelector, segment: Span['segment']): Span[] {
  const found = findQuote(text, quote)
  const start = found.length === 1 ? (found[0] ?? -1) : -1
  return start < 0 ? [] : [{ start, end: start + quote.exact.length, segment }]
}

/**
 * Splits a passage's text into plain, claim and mention segments, in order. Claims come first: a
 * mention that overlaps a claim (or an earlier mention) stays part of the text around it, as do
 * claims and mentions whose quote is not found exactly once, or that overlap an earlier claim
 * (validation rejects such content at build; this keeps the reader whole regardless).
 */
export function segmentPassage(text: string, claims: readonly Claim[], mentions: readonly Mention[] = []): Segment[] {
  const kept: Span[] = []
  const keep = (spans: Span[]) => {
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span)
    }
  }
  keep(
    claims.flatMap((claim) =>
      spanOf(text, claim.quote, (words) => ({ kind: 'claim', text: words, claimId: claim.id })),
    ),
  )
  keep(
    mentions.flatMap((mention) =>
      spanOf(text, mention.quote, (words) => ({ kind: 'mention', text: words, mentionId: mention.id })),
    ),
  )

  const segments: Segment[] = []
  let cursor = 0
  for (const { start, end, segment } of kept.sort((a, b) => a.start - b.start)) {
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) })
    segments.push(segment(text.slice(start, end)))
    cursor = end
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) })
  return segments
}
