// Everything beyond the article text, in one chunk the client loads after hydration: the notes
// data (speakers, facts, sources, people), the layout of a claim's context and the editorial
// matter above the article. All of it is prerendered; none of it blocks the first paint.
export { notesBundle } from '../../content/notes'
export { ClaimDetails } from '../editorial/claim-details'
export { EditorialIntro } from '../editorial/editorial-intro'
export { ClaimEndnotes } from './claim-endnotes'
