import type { ClaimKind, Confidence, Fact } from '../content/types'
import { t } from './i18n'

// The date formatter lives in its own module: the article view ships it in the initial JavaScript,
// and importing it from here would carry these labels there too.
export { formatSourceDate } from './format-date'
/** A number as the edition writes it, with Intl for its locale: "105,838", "86.9". */
export { formatNumber } from './i18n'
export { statesNumber } from './stated-number'

/** How sure a fact is, in words a reader can weigh; undefined when the source states it outright. */
export function confidenceNote(confidence: Confidence): string | undefined {
  switch (confidence) {
    case 'confirmed':
      return undefined
    case 'partly':
      return t('confidence.partly.label')
    case 'claim':
      return t('confidence.claim.label')
  }
}

/**
 * The caution a reader sees beside a fact: where it is second-hand, the report it comes through;
 * otherwise its confidence in words. Undefined when the source states the fact outright.
 */
export function factCaution(fact: Pick<Fact, 'confidence' | 'via'>): string | undefined {
  return fact.via ? t('confidence.secondHand', { via: fact.via }) : confidenceNote(fact.confidence)
}

/** What each confidence level means, for the method page. */
export const CONFIDENCE_MEANINGS: Record<Confidence, { label: string; meaning: string }> = {
  confirmed: { label: t('confidence.confirmed.label'), meaning: t('confidence.confirmed.meaning') },
  partly: { label: t('confidence.partly.label'), meaning: t('confidence.partly.meaning') },
  claim: { label: t('confidence.claim.label'), meaning: t('confidence.claim.meaning') },
}

/** The kinds of statement a claim can be, as readers see them. */
export const KIND_LABELS: Record<ClaimKind, { label: string; meaning: string }> = {
  fact: { label: t('kind.fact.label'), meaning: t('kind.fact.meaning') },
  commitment: { label: t('kind.commitment.label'), meaning: t('kind.commitment.meaning') },
  assessment: { label: t('kind.assessment.label'), meaning: t('kind.assessment.meaning') },
  forecast: { label: t('kind.forecast.label'), meaning: t('kind.forecast.meaning') },
}
