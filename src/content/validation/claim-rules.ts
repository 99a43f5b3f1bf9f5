// Key claims: well formed, each anchored exactly once in its passage by its quote, carrying only
// themes of that passage, and never overlapping another claim.
import { claimSchema } from '../schema'
import type { Claim, Passage } from '../types'
import { anchorQuote, type Span } from './anchor'
import { CONTENT_FILES, type Reporter } from './report'

/** Checks the claims against their passages; returns the set of claim ids. */
export function checkClaims(
  reporter: Reporter,
  claims: readonly Claim[],
  passageById: ReadonlyMap<string, Passage>,
): Set<string> {
  const file = CONTENT_FILES.claims
  const claimIds = reporter.unique(file, claims, 'id', 'claim')
  const spans = new Map<string, Span[]>()
  claims.forEach((claim, i) => {
    if (!reporter.check(file, claimSchema, claim, `#${i}`)) return
    const passage = passageById.get(claim.passageId)
    if (!passage) {
      reporter.report(file, claim.id, 'passageId', `no passage "${claim.passageId}"`, 'unknown-reference')
      return
    }
    claim.themes.forEach((theme, t) => {
      if (!passage.themes.includes(theme)) {
        reporter.report(
          file,
          claim.id,
          `themes.${t}`,
          `passage "${passage.id}" does not carry theme "${theme}"`,
          'theme-not-in-passage',
        )
      }
    })
    const span = anchorQuote(reporter, file, claim.id, passage, claim.quote)
    if (!span) return
    const list = spans.get(passage.id) ?? []
    list.push(span)
    spans.set(passage.id, list)
  })
  for (const list of spans.values()) {
    list.sort((a, b) => a.start - b.start)
    list.forEach((span, i) => {
      const next = list[i + 1]
      if (next && next.start < span.end) {
        reporter.report(
          file,
          next.id,
          'quote.exact',
          `overlaps claim "${span.id}" in the same passage`,
          'overlapping-claims',
        )
      }
    })
  }
  return claimIds
}
