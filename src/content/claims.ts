import type { Claim } from './types'

// Key claims as marked in the text: only what marking them needs, since this file ships with
// every page. Their label, related claims and context (speaker, kind, record, facts, sources) are
// in claim-notes.ts, which the client loads after hydration. The reader orders claims by their place in the text
// (lib/article.ts); "nyt-interview-date" stays first here because validation tests use it.
export const claims: Claim[] = [
  {
    id: 'nyt-interview-date',
    passageId: 'interview-outline',
    quote: { exact: 'Speaking to The New York Times in September 2023' },
    themes: ['law-enforcement'],
    verdict: 'contradicted',
  },
  {
    id: 'security-chief-title',
    passageId: 'interview-outline',
    quote: { exact: 'Mexico’s Security Chief', prefix: 'Omar García Harfuch, ' },
    themes: ['law-enforcement'],
    verdict: 'supported',
  },
  {
    id: 'aggressive-approach',
    passageId: 'interview-outline',
    quote: { exact: 'the government’s aggressive approach to combating drug cartels' },
    themes: ['law-enforcement'],
    verdict: 'unverifiable',
  },
  {
    id: 'intelligence-sharing',
    passageId: 'interview-outline',
    quote: {
      exact:
        'collaboration between Mexico and the United States, particularly in relation to intelligence sharing and strategic operations',
    },
    themes: ['cooperation', 'law-enforcement'],
    verdict: 'partly-supported',
  },
  {
    id: 'intensified-efforts',
    passageId: 'intensified-efforts',
    quote: { exact: 'The Mexican government has intensified its efforts against organized crime' },
    themes: ['law-enforcement'],
    verdict: 'partly-supported',
  },
  {
    id: 'leader-captures',
    passageId: 'intensified-efforts',
    quote: {
      exact: 'during his tenure, significant operations have led to the capture of high-profile cartel leaders',
    },
    themes: ['law-enforcement'],
    verdict: 'partly-supported',
  },
  {
    id: 'white-house-role',
    passageId: 'white-house-role',
    quote: { exact: 'the crucial role of the White House in supporting Mexico’s fight against cartels' },
    themes: ['cooperation'],
    verdict: 'not-borne-out',
  },
  {
    id: 'partnership-evolved',
    passageId: 'white-house-role',
    quote: { exact: 'the partnership has evolved, focusing on shared objectives to enhance security' },
    themes: ['cooperation'],
    verdict: 'partly-supported',
  },
  {
    id: 'deaths-and-corruption',
    passageId: 'reducing-influence',
    quote: { exact: 'thousands of deaths and widespread corruption' },
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'partly-supported',
  },
  {
    id: 'increased-funding',
    passageId: 'reducing-influence',
    quote: { exact: 'increased funding for law enforcement and improved training for officers' },
    themes: ['law-enforcement'],
    verdict: 'not-borne-out',
  },
  {
    id: 'progress-far-from-over',
    passageId: 'fight-far-from-over',
    quote: { exact: 'while progress has been made, the fight is far from over' },
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'supported',
  },
  {
    id: 'communities-suffer',
    passageId: 'fight-far-from-over',
    quote: { exact: 'Many communities continue to suffer from the repercussions of cartel violence' },
    themes: ['community-impact'],
    verdict: 'supported',
  },
  {
    id: 'holistic-approach',
    passageId: 'fight-far-from-over',
    quote: {
      exact:
        'a holistic approach that not only focuses on law enforcement but also addresses social issues contributing to crime, such as poverty and lack of education',
    },
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'supported',
  },
  {
    id: 'optimistic-forecast',
    passageId: 'optimism-for-future',
    quote: { exact: 'ongoing efforts will eventually lead to improved safety and stability in affected regions' },
    themes: ['community-impact', 'law-enforcement'],
    verdict: 'unverifiable',
  },
  {
    id: 'pressure-forecast',
    passageId: 'optimism-for-future',
    quote: {
      exact: 'with sustained pressure on cartels, the government can foster an environment where citizens feel secure',
    },
    themes: ['law-enforcement', 'community-impact'],
    verdict: 'unverifiable',
  },
  {
    id: 'key-figure',
    passageId: 'key-figure',
    quote: { exact: 'García Harfuch remains a key figure in shaping the security landscape' },
    themes: ['law-enforcement'],
    verdict: 'supported',
  },
  {
    id: 'community-engagement',
    passageId: 'key-figure',
    quote: { exact: 'the importance of community engagement' },
    themes: ['community-impact'],
    verdict: 'not-borne-out',
  },
]
