import type { Verdict } from './types'
import { verdictLabels } from './verdict-labels'

/**
 * The record-check scale as readers see it: a label and what it means. The meanings are the
 * rubric the editors rate by (the fact sheet's "How to rate"), and the method page prints them.
 */
export const verdictScale: Record<Verdict, { label: string; meaning: string }> = {
  supported: {
    label: verdictLabels.supported,
    meaning:
      'The record bears out the statement as the article words it, every part of it. Caveats may remain, but none that changes what it says.',
  },
  'partly-supported': {
    label: verdictLabels['partly-supported'],
    meaning:
      'Part of the statement holds as worded, and the ruling names that part; the record does not bear out another part, or bears it out only with a qualification that changes what it says.',
  },
  'not-borne-out': {
    label: verdictLabels['not-borne-out'],
    meaning:
      'A statement of fact that the record is silent on, or that the record cuts against without showing it false as worded: there is a reading under which it could hold.',
  },
  contradicted: {
    label: verdictLabels.contradicted,
    meaning: 'The record shows the statement false as worded, with no reading under which it holds.',
  },
  unverifiable: {
    label: verdictLabels.unverifiable,
    meaning:
      'Outside the scale, and only for forecasts, opinions and value judgements that no record could settle. A statement of fact the record is silent on is Not borne out, not Unverifiable.',
  },
}
