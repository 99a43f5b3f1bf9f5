import { Fragment, type ReactNode } from 'react'

/**
 * An interface string whose {placeholders} are elements (a date, a link): `text` is what t() gave,
 * each {name} in it is replaced by `parts[name]`, in the order the language puts them.
 */
export function WithParts({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  const pieces = text.split(/\{(\w+)\}/)
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text never reorder
          <Fragment key={index}>{piece in parts ? parts[piece] : `{${piece}}`}</Fragment>
        ) : (
          piece
        ),
      )}
    </>
  )
}
