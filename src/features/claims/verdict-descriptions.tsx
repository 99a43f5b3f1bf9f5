import { textParts } from '../../components/text-parts'
import { VERDICTS } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { t } from '../../lib/i18n'
import { verdictDescriptionId } from '../../lib/verdict-id'

/** Hidden texts that claim links point to with aria-describedby: "Key claim. Our ruling: Contradicted." */
export function VerdictDescriptions() {
  return (
    <div hidden>
      {VERDICTS.map((verdict) => (
        <span key={verdict} id={verdictDescriptionId(verdict)}>
          {textParts(t('article.verdictDescription'), { label: verdictScale[verdict].label })}
        </span>
      ))}
    </div>
  )
}
