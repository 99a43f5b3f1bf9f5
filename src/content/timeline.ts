import type { TimelineEvent, TimelineSpan } from './types'

// The record's dated moments, oldest first (validation checks the order), each in our own words
// from the facts it cites; and the article's own date for its interview, shown where it falls.
// Dates are as precise as the facts give them.
export const timeline: TimelineEvent[] = [
  {
    id: 'city-security-post',
    date: '2019-10-04',
    text: 'García Harfuch becomes Mexico City’s Secretary of Citizen Security.',
    kind: 'record',
    factIds: ['A1'],
    claimIds: ['security-chief-title'],
  },
  {
    id: 'ambush',
    date: '2020-06-26',
    text: 'He survives an ambush by gunmen in Mexico City, which he blames on the Jalisco New Generation Cartel.',
    kind: 'record',
    factIds: ['A4'],
    claimIds: [],
  },
  {
    id: 'bicentennial-framework',
    date: '2021-10-08',
    text: 'The U.S.–Mexico Bicentennial Framework takes the place of the Mérida Initiative.',
    kind: 'record',
    factIds: ['B1'],
    claimIds: ['partnership-evolved', 'holistic-approach'],
  },
  {
    id: 'ovidio-guzman-captured',
    date: '2023-01-05',
    text: 'Ovidio Guzmán is captured in Culiacán, under President López Obrador.',
    kind: 'record',
    factIds: ['C2'],
    claimIds: ['leader-captures'],
  },
  {
    id: 'city-post-resigned',
    date: '2023-09-09',
    text: 'He resigns as Mexico City’s security secretary to join Sheinbaum’s campaign.',
    kind: 'record',
    factIds: ['A2'],
    claimIds: ['nyt-interview-date', 'security-chief-title'],
  },
  {
    id: 'article-interview-date',
    date: '2023-09',
    text: 'The article dates its New York Times interview to this month. No Times interview from September 2023 was found.',
    kind: 'article',
    factIds: ['A3'],
    claimIds: ['nyt-interview-date'],
  },
  {
    id: 'zambada-in-us-custody',
    date: '2024-07-25',
    text: 'Ismael “El Mayo” Zambada is taken into U.S. custody near El Paso; Mexico’s government said it had no part in the arrest.',
    kind: 'record',
    factIds: ['C1'],
    claimIds: ['leader-captures'],
  },
  {
    id: 'federal-security-post',
    date: '2024-10-01',
    text: 'He becomes federal Secretary of Security and Citizen Protection under President Sheinbaum.',
    kind: 'record',
    factIds: ['A1'],
    claimIds: ['security-chief-title', 'key-figure', 'leader-captures'],
  },
  {
    id: 'security-strategy',
    date: '2024-10',
    text: 'The national security strategy is presented, with attention to the causes of crime as the first of four axes.',
    kind: 'record',
    factIds: ['E1'],
    claimIds: ['holistic-approach'],
  },
  {
    id: 'troops-and-tariff-pause',
    date: '2025-02-03',
    text: 'Mexico agrees to send 10,000 National Guard troops to its northern border; the United States puts threatened 25% tariffs on hold for a month.',
    kind: 'record',
    factIds: ['B2'],
    claimIds: ['white-house-role', 'partnership-evolved', 'intensified-efforts'],
  },
  {
    id: 'canobbio-arrested',
    date: '2025-02-19',
    text: 'José Ángel Canobbio, alleged to handle money for the Chapitos faction, is arrested; he is sent to the United States that month.',
    kind: 'record',
    factIds: ['C3'],
    claimIds: ['leader-captures'],
  },
  {
    id: 'terrorist-designations',
    date: '2025-02-20',
    text: 'The United States’ listing of six Mexican cartels as Foreign Terrorist Organizations takes effect.',
    kind: 'record',
    factIds: ['B3'],
    claimIds: ['white-house-role', 'partnership-evolved'],
  },
  {
    id: 'first-transfer',
    date: '2025-02-27',
    text: 'Mexico sends 29 alleged cartel figures to the United States, Rafael Caro Quintero among them.',
    kind: 'record',
    factIds: ['B4'],
    claimIds: ['leader-captures', 'intensified-efforts'],
  },
  {
    id: 'second-transfer',
    date: '2025-08-12',
    text: 'Mexico sends 26 more alleged cartel figures, after the United States agrees not to seek the death penalty; García Harfuch announces it.',
    kind: 'record',
    factIds: ['B5'],
    claimIds: ['leader-captures', 'intensified-efforts', 'key-figure'],
  },
  {
    id: 'security-group',
    date: '2025-09-03',
    text: 'After Marco Rubio meets President Sheinbaum, the two governments set up a high-level security group; no treaty is signed.',
    kind: 'record',
    factIds: ['B7'],
    claimIds: ['partnership-evolved', 'intelligence-sharing'],
  },
  {
    id: 'times-interview',
    date: '2025-12-19',
    text: 'The New York Times publishes its profile of and interview with García Harfuch, as El Universal reports.',
    kind: 'record',
    factIds: ['A3'],
    claimIds: ['nyt-interview-date', 'security-chief-title', 'intelligence-sharing'],
  },
  {
    id: 'third-transfer',
    date: '2026-01-20',
    text: 'Mexico sends 37 more alleged criminals, 92 alleged cartel figures in all under the current government.',
    kind: 'record',
    factIds: ['B6'],
    claimIds: ['leader-captures', 'intensified-efforts'],
  },
]

/** His two security posts, drawn as spans on the timeline's overview, from one moment to another. */
export const timelineSpans: TimelineSpan[] = [
  { label: 'Mexico City security secretary', from: 'city-security-post', to: 'city-post-resigned' },
  { label: 'Federal security secretary', from: 'federal-security-post' },
]

/** The moments the overview names beside their mark: the interview's two dates. */
export const timelineCallouts: Record<string, string> = {
  'article-interview-date': 'The article’s date: September 2023',
  'times-interview': 'Interview published: 19 December 2025',
}
