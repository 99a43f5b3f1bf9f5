import type { Verdict } from '../../content/types'
import { verdictLabels } from '../../content/verdict-labels'
import { LANG } from '../../lib/i18n'

/**
 * A verdict as it reads in a count: in English after the number, in lower case ("2 contradicted",
 * "1 partly supported"); in Spanish as a label before it ("Contradicha: 2").
 */
export function verdictLabel(verdict: Verdict): string {
  return LANG === 'en' ? verdictLabels[verdict].toLowerCase() : verdictLabels[verdict]
}
