import type { Verdict } from '../content/types'

/** The id of the hidden element that describes a verdict to screen readers. */
export function verdictDescriptionId(verdict: Verdict): string {
  return `verdict-${verdict}`
}
