import type { Claim, Section, Verdict } from '../content/types'
import { VERDICTS } from '../content/types'

/** Narrows any value (for example a URL parameter) to a verdict id. */
export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value)
}

/** How many claims got each verdict, in the scale's order; verdicts no claim got are left out. */
export function verdictCounts(claims: readonly Claim[]): { verdict: Verdict; count: number }[] {
  return VERDICTS.map((verdict) => ({
    verdict,
    count: claims.filter((claim) => claim.verdict === verdict).length,
  })).filter(({ count }) => count > 0)
}

/** The claims marked in a section (in any of its passages). */
export function claimsOfSection(claims: readonly Claim[], section: Section): Claim[] {
  const passageIds = new Set(section.passages.map((passage) => passage.id))
  return claims.filter((claim) => passageIds.has(claim.passageId))
}
