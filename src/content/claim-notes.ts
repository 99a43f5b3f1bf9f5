import type { ClaimNote } from './types'

export const claimNotes: ClaimNote[] = [
  {
    claimId: 'nyt-interview-date',
    speakerId: 'article',
    kind: 'fact',
    context:
      'The article dates the interview to September 2023 and places it with The New York Times. The date matters: it decides which office García Harfuch held when he spoke.',
    record:
      'The New York Times interview ran on 19 December 2025. In September 2023 he had just resigned his Mexico City post and held no security office, so the date in the article is wrong.',
    factIds: ['A3', 'A2'],
  },
  {
    claimId: 'security-chief-title',
    speakerId: 'article',
    kind: 'fact',
    context:
      'The article calls him Mexico’s security chief. The title is the federal one: Secretary of Security and Citizen Protection.',
    record:
      'Accurate since 1 October 2024, when he became federal security secretary. It was not true in September 2023, the date the article gives for the interview.',
    factIds: ['A1', 'A2'],
  },
  {
    claimId: 'increased-funding',
    speakerId: 'garcia-harfuch',
    kind: 'commitment',
    context:
      'The article reports that recent strategies included more money for law enforcement and better police training.',
    record:
      'At federal level the record shows the opposite on funding: the security ministry’s budget was cut in 2025 and the 2026 proposal is lower again. Better training is a pledge of a September 2025 agreement, not yet a result.',
    factIds: ['F1', 'F2', 'F3'],
  },
]
