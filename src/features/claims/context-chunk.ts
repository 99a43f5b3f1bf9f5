// Everything a claim's context needs, in one chunk the client loads on demand: the notes data
// (speakers, facts, sources) and the component that lays a claim's context out.
export { notesBundle } from '../../content/notes'
export { ClaimDetails } from './basic-claim-details'
