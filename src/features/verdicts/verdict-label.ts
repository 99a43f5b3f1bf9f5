import type { Verdict } from '../../content/types'
import { verdictScale } from '../../content/verdicts'

/** A verdict as it reads after a count: "2 contradicted", "1 partly supported". */
export function verdictLabel(verdict: Verdict): string {
  return verdictScale[verdict].label.toLowerCase()
}
