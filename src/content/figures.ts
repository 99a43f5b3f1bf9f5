import type { Figure } from './types'

// The record's numbers as small charts. Every value is a number its fact states (a test checks
// each against the fact's text); running totals and changes are computed, never written here.
export const figures: Figure[] = [
  {
    id: 'security-ministry-budget',
    title: 'The federal security ministry’s (SSPC) budget',
    unit: 'million pesos',
    values: [
      { label: '2024', value: 105_838, factId: 'F1' },
      { label: '2025', value: 70_422, factId: 'F1' },
      { label: '2026', value: 60_110, factId: 'F2', provisional: 'proposal' },
    ],
    aside: {
      text: 'Security spending across the whole sector, as proposed in September 2025 for 2026: up 0.7% (nominal, before inflation).',
      factId: 'F2',
    },
    caveat:
      'From 105,838 to 70,422 million pesos in 2025 is a 33.5% fall in nominal pesos, partly because the National Guard moved to the Defense Ministry (SEDENA). The 2026 figure is as proposed in September 2025.',
    claimIds: ['increased-funding'],
  },
  {
    id: 'homicides-per-year',
    title: 'Homicides counted by INEGI, Mexico’s statistics agency',
    unit: 'homicides',
    values: [
      { label: '2023', value: 32_252, factId: 'D1' },
      { label: '2024', value: 33_241, factId: 'D1', provisional: 'preliminary' },
    ],
    caveat: 'The 2024 count is preliminary. Not all of them are linked to cartels.',
    claimIds: ['deaths-and-corruption', 'communities-suffer'],
  },
  {
    id: 'daily-homicide-average',
    title: 'Daily average of homicide victims, official figures',
    unit: 'victims a day',
    values: [
      { label: 'September 2024', value: 86.9, factId: 'D2' },
      { label: 'December 2025', value: 52.4, factId: 'D2' },
    ],
    caveat:
      'The figures are disputed: analysts question whether killings are under-recorded, and extortion and disappearances rose.',
    claimIds: ['progress-far-from-over', 'optimistic-forecast', 'pressure-forecast', 'communities-suffer'],
  },
  {
    id: 'transfers-to-the-us',
    title: 'Alleged cartel figures Mexico sent to the United States',
    unit: 'people',
    values: [
      { label: 'February 2025', value: 29, factId: 'B4' },
      { label: 'August 2025', value: 26, factId: 'B5' },
      { label: 'January 2026', value: 37, factId: 'B6' },
    ],
    runningTotal: true,
    caveat: 'Transfers of people already held, not captures; the total is as of 20 January 2026.',
    claimIds: ['leader-captures', 'intensified-efforts'],
  },
]
