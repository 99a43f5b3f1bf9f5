import type { ClaimKind, Confidence, Fact } from '../content/types'

// The date formatter lives in its own module: the article view ships it in the initial JavaScript,
// and importing it from here would carry these labels there too.
export { formatSourceDate } from './format-date'

/** How sure a fact is, in words a reader can weigh; undefined when the source states it outright. */
export function confidenceNote(confidence: Confidence): string | undefined {
  switch (confidence) {
    case 'confirmed':
      return undefined
    case 'partly':
      return 'Reported second-hand or disputed'
    case 'claim':
      return 'The government’s own figure'
  }
}

/**
 * The caution a reader sees beside a fact: where it is second-hand, the report it comes through;
 * otherwise its confidence in words. Undefined when the source states the fact outright.
 */
export function factCaution(fact: Pick<Fact, 'confidence' | 'via'>): string | undefined {
  return fact.via ? `Second-hand, from ${fact.via}` : confidenceNote(fact.confidence)
}

/** What each confidence level means, for the method page. */
export const CONFIDENCE_MEANINGS: Record<Confidence, { label: string; meaning: string }> = {
  confirmed: { label: 'Confirmed', meaning: 'The cited source states the fact itself.' },
  partly: {
    label: 'Reported second-hand or disputed',
    meaning: 'We know it only through another outlet’s report, or others contest it. We say so beside the fact.',
  },
  claim: {
    label: 'The government’s own figure',
    meaning: 'A number the government reports about its own work, not checked independently. We say so beside it.',
  },
}

/** The kinds of statement a claim can be, as readers see them. */
export const KIND_LABELS: Record<ClaimKind, { label: string; meaning: string }> = {
  fact: { label: 'Statement of fact', meaning: 'Says what is or what happened; the record can confirm or refute it.' },
  commitment: { label: 'Commitment', meaning: 'A policy or promise: we check whether it matches what is on record.' },
  assessment: {
    label: 'Assessment',
    meaning: 'A judgement or characterization, checked against the facts it rests on.',
  },
  forecast: { label: 'Forecast', meaning: 'A prediction: it cannot be confirmed before it comes due.' },
}

/**
 * A number as the record writes it in English: thousands grouped by commas, decimals kept
 * (105838 → "105,838", 86.9 → "86.9"). By hand, not with Intl, so server and browsers agree.
 */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/**
 * Whether `text` states `value` as a whole number, as formatNumber writes it: 5 is not in "105,838"
 * nor in "5.2", and 105 is not in "105,838"; a sentence's full stop or a "%" after it is fine.
 */
export function statesNumber(text: string, value: number): boolean {
  const written = formatNumber(value).replace(/[.,]/g, (mark) => `\\${mark}`)
  return new RegExp(`(?<!\\d)(?<!\\d[.,])${written}(?!\\d)(?![.,]\\d)`).test(text)
}
