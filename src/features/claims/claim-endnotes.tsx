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
      <ol className="endnote-list">
        {ordered.map((claim, index) => (
          <li key={claim.id} id={`note-${claim.id}`} className="endnote" data-note-number={index + 1}>
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
        ))}
      </ol>
    </section>
  )
}
