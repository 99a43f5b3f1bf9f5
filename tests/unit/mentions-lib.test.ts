import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { people } from '../../src/content/people'
import type { DatedRole } from '../../src/content/types'
import { cardId, firstMentions, mentionsInOrder, rolesAt } from '../../src/lib/mentions'

const roles: DatedRole[] = [
  { from: '2019-10-04', to: '2023-09-09', text: 'city', factIds: ['A1'] },
  { from: '2023-09-09', to: '2024-09-30', text: 'none', factIds: ['A2'] },
  { from: '2024-10-01', text: 'federal', factIds: ['A1'] },
]

describe('rolesAt', () => {
  it('gives every role held within a month, when one ended and another began in it', () => {
    expect(rolesAt(roles, '2023-09').map((role) => role.text)).toEqual(['city', 'none'])
  })
  it('gives the one role held on a day, and an open-ended role to the present', () => {
    expect(rolesAt(roles, '2023-08-31').map((role) => role.text)).toEqual(['city'])
    expect(rolesAt(roles, '2025-12-19').map((role) => role.text)).toEqual(['federal'])
    expect(rolesAt(roles, '2019-01-01')).toEqual([])
  })
  it('says what García Harfuch was in the article’s September 2023 and on the interview’s real date', () => {
    const harfuch = people.find((person) => person.id === 'garcia-harfuch')
    expect(rolesAt(harfuch?.roles ?? [], '2023-09').map((role) => role.text)).toEqual([
      expect.stringMatching(/^Mexico City’s Secretary of Citizen Security, until he resigned on 9 September 2023/),
      expect.stringMatching(/^No security office/),
    ])
    expect(rolesAt(harfuch?.roles ?? [], '2025-12-19').map((role) => role.text)).toEqual([
      expect.stringMatching(/^Mexico’s federal Secretary of Security and Citizen Protection/),
    ])
  })
})

describe('mentions in the article', () => {
  it('orders mentions by their place in the text', () => {
    const ordered = mentionsInOrder(content.article, [...content.mentions].reverse()).map((m) => m.id)
    expect(ordered.slice(0, 3)).toEqual(['harfuch-interview', 'harfuch-tenure', 'harfuch-white-house'])
  })
  it('makes the first mention of a name in each section the one that opens its card', () => {
    expect([...firstMentions(content.article, content.mentions)].sort()).toEqual(
      ['harfuch-interview', 'harfuch-white-house', 'harfuch-far-from-over', 'united-states-collaboration'].sort(),
    )
  })
  it('gives a dated mention its own card, and undated ones the name’s card', () => {
    expect(cardId({ personId: 'garcia-harfuch', date: '2023-09' })).toBe('who-card-garcia-harfuch-2023-09')
    expect(cardId({ personId: 'garcia-harfuch' })).toBe('who-card-garcia-harfuch')
  })
})
