import type { Person } from './types'

// The "Who's who" card: the people and bodies the article names or implies. Each description is
// ours and says only what its facts say. Lazy with the claim context (notes.ts).
export const people: Person[] = [
  {
    id: 'garcia-harfuch',
    name: 'Omar García Harfuch',
    role: 'Mexico’s Secretary of Security and Citizen Protection since 1 October 2024',
    description:
      'Born in Cuernavaca in 1982, he joined the Federal Police in 2008 and led the federal prosecutor’s Criminal Investigation Agency from 2016. He ran Mexico City’s security ministry from 2019 until he resigned in September 2023 to join Sheinbaum’s campaign. In June 2020 he survived an ambush in Mexico City that he blamed on the Jalisco New Generation Cartel.',
    factIds: ['A5', 'A1', 'A2', 'A4'],
    names: ['Omar García Harfuch', 'García Harfuch', 'The security chief'],
    roles: [
      {
        from: '2019-10-04',
        to: '2023-09-09',
        text: 'Mexico City’s Secretary of Citizen Security, until he resigned on 9 September 2023',
        factIds: ['A1', 'A2'],
      },
      {
        from: '2023-09-09',
        to: '2024-09-30',
        text: 'No security office, from 9 September 2023: he left to join Sheinbaum’s campaign',
        factIds: ['A2', 'A1'],
      },
      {
        from: '2024-10-01',
        text: 'Mexico’s federal Secretary of Security and Citizen Protection, since 1 October 2024',
        factIds: ['A1'],
      },
    ],
    why: 'The article dates its New York Times interview with him to September 2023; the Times ran it on 19 December 2025, as El Universal reported.',
    claimIds: ['nyt-interview-date', 'security-chief-title', 'leader-captures', 'key-figure'],
  },
  {
    id: 'sheinbaum',
    name: 'Claudia Sheinbaum',
    role: 'President of Mexico',
    description:
      'García Harfuch has served in her government since 1 October 2024, after leaving his Mexico City post in 2023 for her campaign. In September 2025 she met U.S. Secretary of State Marco Rubio, after which the two governments set up a high-level security group.',
    factIds: ['A1', 'A2', 'B7'],
    names: ['Sheinbaum'],
  },
  {
    id: 'sspc',
    name: 'Secretariat of Security and Citizen Protection (SSPC)',
    role: 'The federal security ministry García Harfuch heads',
    description:
      'Its own budget fell from 105,838 to 70,422 million pesos in 2025, a 33.5% fall in nominal pesos, partly because the National Guard moved to the Defense Ministry (SEDENA); the 2026 budget, as proposed in September 2025, lowers it again. Spending across the whole security sector, of which it is one part, was proposed 0.7% higher for 2026, in nominal terms.',
    factIds: ['A1', 'F1', 'F2'],
    names: ['Secretariat of Security', 'SSPC'],
  },
  {
    id: 'national-guard',
    name: 'National Guard',
    role: 'A Mexican security force under the Defense Ministry (SEDENA) since 1 October 2024',
    description:
      'A constitutional reform moved it to the Defense Ministry. Consolidating it is one of the four axes of the October 2024 security strategy, and in February 2025 Mexico agreed to deploy 10,000 of its troops to the northern border.',
    factIds: ['E2', 'E1', 'B2'],
    names: ['National Guard'],
  },
  {
    id: 'us-government',
    name: 'The U.S. government (“the White House”)',
    role: 'Mexico’s partner against the cartels, and a source of pressure on it',
    description:
      'In February 2025 it paused threatened 25% tariffs for a month when Mexico agreed to deploy 10,000 National Guard troops to the border, and it listed six Mexican cartels as terrorist organizations. As of 20 January 2026, Mexico had sent 92 alleged cartel figures to the United States under its current government.',
    factIds: ['B2', 'B3', 'B6'],
    names: ['White House', 'United States'],
    why: 'The article credits the White House with a crucial role in Mexico’s fight against the cartels; no such quote from him was found, and the cooperation of 2025 came amid tariff threats and terrorist designations.',
    claimIds: ['white-house-role', 'partnership-evolved', 'intelligence-sharing'],
  },
]
