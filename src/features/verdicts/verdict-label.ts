import type { Verdict } from '../../content/types'
import { verdictLabels } from '../../content/verdict-labels'

/** A verdict as it reads after a count: "2 contradicted", "1 partly supported". */
export function verdictLabel(verdict: Verdict): string {
  return verdictLabels[verdict].toLowerCase()
}
