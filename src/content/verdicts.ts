// The record-check scale as readers see it, a label and what it means for each verdict:
// verdicts.yaml in the article's content folder. The method page prints the meanings.
import data from 'virtual:content/verdictScale'
import type { Verdict } from './types'

export const verdictScale = data as Record<Verdict, { label: string; meaning: string }>
