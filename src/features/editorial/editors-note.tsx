import { editorial } from '../../content/editorial'
import type { NotesBundle } from '../../content/types'
import { t } from '../../lib/i18n'
import { claimLabel } from '../../lib/notes'
import { EXPLAINER_PARTS } from './explainer-parts'

/**
 * The short editor's note between the headline and the text: what is wrong in the article, one
 * line each, linking the claim in the text (`#claim-<id>`, so it works without JavaScript), and
 * where the rest of the explainer is. Part of the context chunk, with the notes it draws labels from.
 */
export function EditorsNote({ notes }: { notes: NotesBundle }) {
  return (
    <div role="note" aria-labelledby="editors-note-heading" className="editors-note">
      <h2 id="editors-note-heading" className="editors-note-heading">
        <span aria-hidden="true">⚠ </span>
        {t('editorsNote.heading')}
      </h2>
      <p>{editorial.note.text}</p>
      <ul className="editors-note-list">
        {editorial.note.corrections.map((correction) => (
          <li key={correction.claimId}>
            <a href={`#claim-${correction.claimId}`} className="link font-semibold">
              {claimLabel(notes, correction.claimId)}
            </a>
            : {correction.text}
          </li>
        ))}
      </ul>
      <p className="editors-note-parts">
        {t('editorsNote.after')}{' '}
        {EXPLAINER_PARTS.map((part, index) => (
          <span key={part.id}>
            {index > 0 ? ' · ' : null}
            <a href={`#${part.id}`} className="link">
              {part.title}
            </a>
          </span>
        ))}
      </p>
    </div>
  )
}
