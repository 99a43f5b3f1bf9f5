import type { Editorial } from './types'

// What readers see before the article: the editor's note naming each statement the record
// contradicts (one short line each; validation holds it to exactly those claims), and the
// takeaways. It is prerendered into every page, so it stays short; the "Who's who" card is in
// people.ts and loads with the claim context.
export const editorial: Editorial = {
  note: {
    text: 'The record contradicts one statement in this article; others it supports only in part, or does not bear out. Each key statement is checked below, against the record up to 20 January 2026.',
    corrections: [
      {
        claimId: 'nyt-interview-date',
        text: 'The New York Times interview ran on 19 December 2025, as El Universal reported, not in September 2023.',
      },
    ],
  },
  takeaways: [
    {
      id: 'wrong-date',
      text: 'The article misdates its own source: the New York Times interview appeared in December 2025, as El Universal reported, when García Harfuch had been federal security secretary for over a year. In September 2023 he was Mexico City’s security secretary until the 9th, and held no federal post.',
      claimIds: ['nyt-interview-date', 'security-chief-title'],
    },
    {
      id: 'funding-and-training',
      text: 'More money for police is not borne out: the security ministry’s (SSPC) own budget fell from 105,838 to 70,422 million pesos in 2025, a 33.5% fall in nominal pesos, partly because the National Guard moved to SEDENA. As proposed in September 2025, it falls again for 2026, while total security-sector spending was proposed up just 0.7% in nominal terms. Better training is on record as pledges; whether they were met, the record does not show.',
      claimIds: ['increased-funding'],
    },
    {
      id: 'cooperation-under-pressure',
      text: 'Cooperation with Washington is well documented, from 92 alleged cartel figures sent north by 20 January 2026 to a joint security group, but it came amid U.S. tariff threats and terrorist designations, and the record does not show the White House’s part to be the crucial support the article reports him praising.',
      claimIds: [
        'intensified-efforts',
        'leader-captures',
        'white-house-role',
        'partnership-evolved',
        'intelligence-sharing',
      ],
    },
    {
      id: 'toll-understated',
      text: '“Thousands of deaths” likely understates the toll: INEGI counted over 33,000 homicides in 2024 (a preliminary figure), not all of them linked to cartels, and as of 18 December 2025 more than 133,000 people were registered as missing or not located, not all of them dead or linked to cartels. Official homicide averages fell in 2025, though the figures are disputed.',
      claimIds: ['deaths-and-corruption', 'communities-suffer', 'progress-far-from-over'],
    },
    {
      id: 'causes-and-forecast',
      text: 'The official strategy does reach past policing: the causes of crime are its first axis, with youth programmes and prevention under it in the record. Whether it brings lasting safety is a forecast no one can check yet.',
      claimIds: ['holistic-approach', 'optimistic-forecast', 'pressure-forecast'],
    },
  ],
}
