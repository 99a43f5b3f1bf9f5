import type { Mention } from './types'

// Where the article names a person or body of who's who (people.ts), anchored like a claim's
// quote: the exact words in their passage, found there exactly once, never inside a claim's words
// (a name within a claim is reached from the claim's context). The first mention of a name in
// each section is a link that opens its card; later ones are marked quietly. `date` is the date the
// sentence itself concerns, where the article gives one: the card then says what the person was
// at that date as well as on the interview's real date. This file ships with every page: keep it
// to these fields.
export const mentions: Mention[] = [
  {
    id: 'harfuch-interview',
    personId: 'garcia-harfuch',
    passageId: 'interview-outline',
    quote: { exact: 'Omar García Harfuch' },
    // "Speaking to The New York Times in September 2023": the article's own date for the interview.
    date: '2023-09',
  },
  {
    id: 'harfuch-tenure',
    personId: 'garcia-harfuch',
    passageId: 'intensified-efforts',
    quote: { exact: 'García Harfuch' },
  },
  {
    id: 'harfuch-white-house',
    personId: 'garcia-harfuch',
    passageId: 'white-house-role',
    quote: { exact: 'García Harfuch' },
  },
  {
    id: 'harfuch-influence',
    personId: 'garcia-harfuch',
    passageId: 'reducing-influence',
    quote: { exact: 'The security chief' },
  },
  {
    id: 'harfuch-far-from-over',
    personId: 'garcia-harfuch',
    passageId: 'fight-far-from-over',
    quote: { exact: 'García Harfuch' },
  },
  {
    id: 'harfuch-optimism',
    personId: 'garcia-harfuch',
    passageId: 'optimism-for-future',
    quote: { exact: 'The security chief' },
  },
  {
    id: 'united-states-collaboration',
    personId: 'us-government',
    passageId: 'key-figure',
    quote: { exact: 'the United States', prefix: 'collaboration with ' },
  },
]
