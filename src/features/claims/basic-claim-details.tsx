import type { Claim, NotesBundle } from '../../content/types'

/** Interim layout of a claim's context, until the editorial layout replaces it. */
export function ClaimDetails({ claim, notes }: { claim: Claim; notes: NotesBundle; headingLevel: 3 | 4 }) {
  const note = notes.notes.find((n) => n.claimId === claim.id)
  if (!note) return null
  return (
    <div>
      <blockquote className="mt-2 border-l-4 border-rule pl-3 italic">“{claim.quote.exact}”</blockquote>
      <p className="mt-2 text-sm">{note.context}</p>
      <p className="mt-2 text-sm">{note.record}</p>
    </div>
  )
}
