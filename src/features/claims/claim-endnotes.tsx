import { AfterFirstPaint } from '../../components/after-first-paint'
import { textParts } from '../../components/text-parts'
import { content } from '../../content'
import type { NotesBundle } from '../../content/types'
import { claimsInOrder } from '../../lib/article'
import { OTHER_LANG, otherEditionPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import { claimLabel } from '../../lib/notes'
import { ClaimDetails } from '../editorial/claim-details'
import { partTitle } from '../editorial/explainer-parts'
import { VerdictDescriptions } from './verdict-descriptions'

const ordered = claimsInOrder(content)
/** Notes per list: each list is built after the first paint in a task of its own. */
const NOTES_PER_PART = 20
const parts = Array.from({ length: Math.ceil(ordered.length / NOTES_PER_PART) }, (_, index) =>
  ordered.slice(index * NOTES_PER_PART, (index + 1) * NOTES_PER_PART),
)

/**
 * Every claim's context as numbered notes after the article: what readers without JavaScript
 * reach from a claim link, and what a printed copy carries. Part of the context chunk.
 */
export function ClaimEndnotes({ notes }: { notes: NotesBundle }) {
  return (
    <section aria-labelledby="notes-heading" className="endnotes" id="notes">
      <VerdictDescriptions />
      <h2 id="notes-heading">{partTitle('notes')}</h2>
      <p className="text-sm text-muted">{t('endnotes.intro')}</p>
      {parts.map((part, partIndex) => (
        // A long article's notes come as several lists numbered on from each other, so that a
        // browser with JavaScript builds them one task at a time (components/after-first-paint.tsx).
        <AfterFirstPaint key={part[0]?.id}>
          <ol className="endnote-list" start={partIndex * NOTES_PER_PART + 1}>
            {part.map((claim, partPosition) => (
              <Endnote key={claim.id} claim={claim} index={partIndex * NOTES_PER_PART + partPosition} notes={notes} />
            ))}
          </ol>
        </AfterFirstPaint>
      ))}
    </section>
  )
}

/** One claim's note, numbered as its mark in the text. */
function Endnote({ claim, index, notes }: { claim: (typeof ordered)[number]; index: number; notes: NotesBundle }) {
  return (
    <li id={`note-${claim.id}`} className="endnote" data-note-number={index + 1}>
      <h3 className="endnote-title">
        <span className="endnote-number">{index + 1}.</span> {claimLabel(notes, claim.id)}
      </h3>
      <ClaimDetails claim={claim} notes={notes} headingLevel={4} />
      <p className="mt-2 text-sm print:hidden">
        <a href={`#claim-${claim.id}`} className="link">
          <span aria-hidden="true">↑ </span>
          {textParts(t('endnotes.back'), { number: index + 1 })}
        </a>
        {__BILINGUAL__ ? (
          // The same note in the other language: the language switch that keeps the claim
          // for a reader without JavaScript, who reads it here.
          <>
            {' · '}
            <a
              href={otherEditionPath('/', '', `#note-${claim.id}`)}
              hrefLang={OTHER_LANG}
              lang={OTHER_LANG}
              className="link"
            >
              {t('endnotes.otherEdition')}
            </a>
          </>
        ) : null}
      </p>
    </li>
  )
}
