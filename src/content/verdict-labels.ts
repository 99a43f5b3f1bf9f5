// The verdicts' names on their own (verdicts.yaml): the scorecard and the contents ship them with
// every page, while the meanings (verdicts.ts) load only where they are read.
import data from 'virtual:content/verdictLabels'
import type { Verdict } from './types'

export const verdictLabels = data as Record<Verdict, string>
