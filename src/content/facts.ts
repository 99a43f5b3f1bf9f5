import type { Fact } from './types'

// Each fact restates, in our own words, an entry of the editors' vetted fact sheet (its id is
// kept as the fact id) and cites the source it was checked against.
export const facts: Fact[] = [
  {
    id: 'A1',
    text: 'García Harfuch has been Mexico’s federal Secretary of Security and Citizen Protection (SSPC) under President Claudia Sheinbaum since 1 October 2024. From 4 October 2019 he was Mexico City’s Secretary of Citizen Security.',
    confidence: 'confirmed',
    sourceIds: ['wikipedia-garcia-harfuch'],
  },
  {
    id: 'A2',
    text: 'On 9 September 2023 he resigned as Mexico City’s security secretary to join Sheinbaum’s campaign, and then sought Morena’s nomination for mayor of Mexico City. For the rest of September 2023 he held no security office.',
    confidence: 'confirmed',
    sourceIds: ['elfinanciero-2023-09-09'],
  },
  {
    id: 'A3',
    text: 'The New York Times ran a profile and interview with him on 19 December 2025, reported as his first on-the-record interview with international media as federal minister. No New York Times interview from September 2023 was found.',
    confidence: 'confirmed',
    sourceIds: ['eluniversal-2025-12-19'],
  },
  {
    id: 'F1',
    text: 'The federal security ministry’s 2025 budget fell 36.2%, from 105,838 to 70,422 million pesos, in part because the National Guard moved to the Defense Ministry.',
    confidence: 'confirmed',
    sourceIds: ['latin-american-news-2024-11-17'],
  },
  {
    id: 'F2',
    text: 'The 2026 budget proposal gives the ministry 60,110 million pesos, lower again, while security spending across the whole sector would rise 0.7%. This is a proposal.',
    confidence: 'confirmed',
    sourceIds: ['expansion-2025-09-09'],
  },
  {
    id: 'F3',
    text: 'A national agreement of September 2025 commits the states to grow their police forces 25% by 2029, to set police training standards by December 2025 and to open a certified police academy in every state by 2026. These are pledges.',
    confidence: 'confirmed',
    sourceIds: ['expansion-2025-09-04'],
  },
]
