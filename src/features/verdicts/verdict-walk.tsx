import { GuidedWalk } from '../../components/guided-walk'
import { content } from '../../content'
import type { Verdict } from '../../content/types'
import { verdictScale } from '../../content/verdicts'
import { claimsInOrder } from '../../lib/article'
import { t, tp } from '../../lib/i18n'
import { claimLabel } from '../../lib/notes'
import { useNotes } from '../claims/use-notes'

const ordered = claimsInOrder(content)

type VerdictWalkProps = {
  verdict: Verdict
  onSelect: (verdict: Verdict | undefined) => void
}

/**
 * What the scorecard shows once a verdict is chosen: "Show every claim" and a guided walk through
 * the claims that got it, in the order of the text. Loaded on first use, with the claims' labels.
 */
export function VerdictWalk({ verdict, onSelect }: VerdictWalkProps) {
  const notes = useNotes()
  const claims = ordered.filter((claim) => claim.verdict === verdict)
  const label = verdictScale[verdict].label
  return (
    <div className="mt-3">
      <button type="button" className="button w-full justify-center" onClick={() => onSelect(undefined)}>
        {t('reader.verdicts.showEvery')}
      </button>
      <GuidedWalk
        heading={tp('reader.verdicts.walkHeading', claims.length, { label })}
        noun="claim"
        stops={claims.map((claim) => ({
          targetId: `claim-${claim.id}`,
          title: claimLabel(notes, claim.id),
          detail: `“${claim.quote.exact}”`,
        }))}
      />
    </div>
  )
}
