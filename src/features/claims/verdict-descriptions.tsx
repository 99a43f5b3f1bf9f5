import { VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { verdictDescriptionId } from '../../lib/verdict-id'

/** Hidden texts that claim links point to with aria-describedby: "Record check: Contradicted." */
export function VerdictDescriptions() {
  return (
    <div hidden>
      {VERDICTS.map((verdict) => (
        <span key={verdict} id={verdictDescriptionId(verdict)}>
          Key claim. Record check: {verdictScale[verdict].label}.
        </span>
      ))}
    </div>
  )
}
