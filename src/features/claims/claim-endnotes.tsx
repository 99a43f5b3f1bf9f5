import { Suspense } from 'react'
import { content } from '../../content'
import { claimsInOrder } from '../../lib/article'
import { useContextChunk } from './use-notes'

const ordered = claimsInOrder(content)

/**
 * Every claim's context as numbered notes after the article: what readers without JavaScript
 * reach from a claim link, and what a printed copy carries. Prerendered in full; in the browser
 * the notes chunk loads after hydration while the server's HTML stays in place.
 */
export function ClaimEndnotes() {
  return (
    <section aria-labelledby="notes-heading" className="endnotes" id="notes">
      <h2 id="notes-heading">Notes on the key claims</h2>
      <p className="text-sm text-muted">
        Each highlighted claim in the article, checked against the public record. The number matches the mark in the
        text.
      </p>
      <Suspense fallback={<p className="text-sm text-muted">Loading the notes…</p>}>
        <EndnoteList />
      </Suspense>
    </section>
  )
}

function EndnoteList() {
  const { ClaimDetails, notesBundle } = useContextChunk()
  return (
    <ol className="endnote-list">
      {ordered.map((claim, index) => (
        <li key={claim.id} id={`note-${claim.id}`} className="endnote" data-note-number={index + 1}>
          <h3 className="endnote-title">
            <span className="endnote-number">{index + 1}.</span> {claim.label}
          </h3>
          <ClaimDetails claim={claim} notes={notesBundle} headingLevel={4} />
          <p className="mt-2 text-sm print:hidden">
            <a href={`#claim-${claim.id}`} className="link">
              <span aria-hidden="true">↑ </span>Back to claim {index + 1} in the text
            </a>
          </p>
        </li>
      ))}
    </ol>
  )
}
