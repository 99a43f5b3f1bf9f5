import type { Claim } from './types'

// Key claims as marked in the text. Their context (speaker, kind, record, facts, sources) is in
// claim-notes.ts, which the client loads only when a reader opens a claim; this file ships with
// every page, so labels stay short. The reader orders claims by their place in the text
// (lib/article.ts); "nyt-interview-date" stays first here because validation tests use it.
export const claims: Claim[] = [
  {
    id: 'nyt-interview-date',
    passageId: 'interview-outline',
    quote: { exact: 'Speaking to The New York Times in September 2023' },
    label: 'The interview’s date',
    themes: ['cooperation'],
    verdict: 'contradicted',
    related: ['security-chief-title', 'intelligence-sharing'],
  },
  {
    id: 'security-chief-title',
    passageId: 'interview-outline',
    quote: { exact: 'Mexico’s Security Chief', prefix: 'Omar García Harfuch, ' },
    label: 'His title',
    themes: ['law-enforcement'],
    verdict: 'partly-supported',
    related: ['nyt-interview-date', 'key-figure'],
  },
  {
    id: 'intelligence-sharing',
    passageId: 'interview-outline',
    quote: {
      exact:
        'collaboration between Mexico and the United States, particularly in relation to intelligence sharing and strategic operations',
    },
    label: 'Intelligence sharing with the U.S.',
    themes: ['cooperation', 'law-enforcement'],
    verdict: 'partly-supported',
    related: ['white-house-role', 'partnership-evolved'],
  },
  {
    id: 'leader-captures',
    passageId: 'intensified-efforts',
    quote: {
      exact: 'during his tenure, significant operations have led to the capture of high-profile cartel leaders',
    },
    label: 'Captures of cartel leaders',
    themes: ['law-enforcement'],
    verdict: 'partly-supported',
    related: ['intelligence-sharing', 'progress-far-from-over'],
  },
  {
    id: 'white-house-role',
    passageId: 'white-house-role',
    quote: { exact: 'the crucial role of the White House in supporting Mexico’s fight against cartels' },
    label: 'The White House’s role',
    themes: ['cooperation'],
    verdict: 'unverifiable',
    related: ['partnership-evolved', 'intelligence-sharing'],
  },
  {
    id: 'partnership-evolved',
    passageId: 'white-house-role',
    quote: { exact: 'the partnership has evolved, focusing on shared objectives to enhance security' },
    label: 'An evolving partnership',
    themes: ['cooperation'],
    verdict: 'supported',
    related: ['white-house-role', 'leader-captures'],
  },
  {
    id: 'deaths-and-corruption',
    passageId: 'reducing-influence',
    quote: { exact: 'thousands of deaths and widespread corruption' },
    label: 'Deaths and corruption',
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'partly-supported',
    related: ['progress-far-from-over', 'optimistic-forecast'],
  },
  {
    id: 'increased-funding',
    passageId: 'reducing-influence',
    quote: { exact: 'increased funding for law enforcement and improved training for officers' },
    label: 'More money and training for police',
    themes: ['law-enforcement'],
    verdict: 'contradicted',
    related: ['holistic-approach', 'nyt-interview-date'],
  },
  {
    id: 'progress-far-from-over',
    passageId: 'fight-far-from-over',
    quote: { exact: 'while progress has been made, the fight is far from over' },
    label: 'Progress, but far from over',
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'partly-supported',
    related: ['deaths-and-corruption', 'optimistic-forecast'],
  },
  {
    id: 'holistic-approach',
    passageId: 'fight-far-from-over',
    quote: {
      exact:
        'a holistic approach that not only focuses on law enforcement but also addresses social issues contributing to crime, such as poverty and lack of education',
    },
    label: 'Tackling poverty and education',
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'supported',
    related: ['increased-funding', 'partnership-evolved'],
  },
  {
    id: 'optimistic-forecast',
    passageId: 'optimism-for-future',
    quote: { exact: 'ongoing efforts will eventually lead to improved safety and stability in affected regions' },
    label: 'Safer regions ahead',
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'unverifiable',
    related: ['progress-far-from-over', 'deaths-and-corruption'],
  },
  {
    id: 'key-figure',
    passageId: 'key-figure',
    quote: { exact: 'García Harfuch remains a key figure in shaping the security landscape' },
    label: 'A key figure in security',
    themes: ['law-enforcement', 'cooperation'],
    verdict: 'supported',
    related: ['security-chief-title', 'intelligence-sharing'],
  },
]
