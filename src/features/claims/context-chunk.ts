// Everything beyond the article text, in one chunk the client loads after hydration: the notes
// data (speakers, facts, sources, people), the layout of a claim's context, the editor's note
// above the article and the explainer's matter after it (takeaways, who's who, endnotes). All of
// it is prerendered; none of it blocks the first paint.
export { notesBundle } from '../../content/notes'
export { ClaimDetails } from '../editorial/claim-details'
export { EditorsNote } from '../editorial/editors-note'
export { ExplainerMatter } from '../editorial/explainer-matter'
export { MentionCards } from '../editorial/mention-cards'
