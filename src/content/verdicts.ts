import type { Verdict } from './types'

/** The record-check scale as readers see it: a label and what it means. */
export const verdictScale: Record<Verdict, { label: string; meaning: string }> = {
  supported: {
    label: 'Supported',
    meaning: 'The public record confirms the statement as the article makes it.',
  },
  'partly-supported': {
    label: 'Partly supported',
    meaning: 'Part of the statement holds, but the record qualifies it or contradicts part of it.',
  },
  contradicted: {
    label: 'Contradicted',
    meaning: 'The public record shows the statement is wrong.',
  },
  unverifiable: {
    label: 'Unverifiable',
    meaning: 'No source we could cite confirms or refutes it: a forecast, or a remark with no public record.',
  },
}
