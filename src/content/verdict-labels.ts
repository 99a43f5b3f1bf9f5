import type { Verdict } from './types'

/**
 * The verdicts' names, on their own: the scorecard and the contents ship them with every page,
 * while the meanings (verdicts.ts) load only where they are read (a claim's context, the method page).
 */
export const verdictLabels: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  'not-borne-out': 'Not borne out',
  contradicted: 'Contradicted',
  unverifiable: 'Unverifiable',
}
