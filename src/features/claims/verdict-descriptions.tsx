import { VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { verdictDescriptionId } from '../../lib/verdict-id'

/** Hidden texts that claim links point to with aria-describedby: "Key claim. Our ruling: Contradicted." */
export function VerdictDescriptions() {
  return (
    <div hidden>
      {VERDICTS.map((verdict) => (
        <span key={verdict} id={verdictDescriptionId(verdict)}>
          Key claim. Our ruling: {verdictScale[verdict].label}.
        </span>
      ))}
    </div>
  )
}
