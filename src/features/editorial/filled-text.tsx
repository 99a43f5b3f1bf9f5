import { Fragment, type ReactNode } from 'react'
import { fillParts } from '../../lib/fill-parts'

/**
 * An interface string whose {placeholders} are rendered parts (a date, a link, a label): one
 * string per edition, so the parts fall where each language puts them. The text between parts
 * stays text of its own, so the markup is what the same words written out in JSX would give.
 */
export function FilledText({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return fillParts(text, parts).map((piece, index) =>
    // The pieces never move: a placeholder's position in the text is its identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    typeof piece === 'string' ? piece : <Fragment key={index}>{piece}</Fragment>,
  )
}
