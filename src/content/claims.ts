import type { Claim } from './types'

// Key claims as marked in the text. Their context (speaker, kind, record, facts, sources) is in
// claim-notes.ts, which the client loads only when a reader opens a claim.
export const claims: Claim[] = [
  {
    id: 'nyt-interview-date',
    passageId: 'interview-outline',
    quote: { exact: 'Speaking to The New York Times in September 2023' },
    label: 'The interview’s date and venue',
    themes: ['cooperation'],
    verdict: 'contradicted',
    related: ['security-chief-title'],
  },
  {
    id: 'security-chief-title',
    passageId: 'interview-outline',
    quote: { exact: 'Mexico’s Security Chief', prefix: 'Omar García Harfuch, ' },
    label: 'García Harfuch as Mexico’s security chief',
    themes: ['law-enforcement'],
    verdict: 'partly-supported',
    related: ['nyt-interview-date'],
  },
  {
    id: 'increased-funding',
    passageId: 'reducing-influence',
    quote: { exact: 'increased funding for law enforcement and improved training for officers' },
    label: 'More money and better training for police',
    themes: ['law-enforcement'],
    verdict: 'contradicted',
    related: [],
  },
]
