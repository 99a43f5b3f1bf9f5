import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { MentionCards } from '../../src/features/editorial/mention-cards'
import { renderApp } from '../render-app'

const card = (id: string) => {
  const element = document.getElementById(id)
  if (!element) throw new Error(`no card ${id}`)
  return within(element)
}

describe('names in the text', () => {
  it('marks every mention in its passage, with its exact words, and makes the first in a section a link to who’s who with a card', async () => {
    await renderApp('/')
    // The cards come with the context chunk, which the page's prerendered HTML already holds.
    await waitFor(() => expect(document.querySelectorAll('.who-card')).toHaveLength(3), { timeout: 5000 })
    for (const mention of content.mentions) {
      const element = document.getElementById(`mention-${mention.id}`)
      expect(element, mention.id).not.toBeNull()
      expect(element?.textContent).toBe(mention.quote.exact)
      expect(element?.closest('[data-passage]')?.id).toBe(mention.passageId)
      expect(element?.closest('mark.claim')).toBeNull()
      if (element instanceof HTMLAnchorElement) {
        expect(document.getElementById(element.dataset.card ?? '')).not.toBeNull()
        expect(document.querySelector(element.getAttribute('href') ?? '')).not.toBeNull()
      }
    }
    const links = [...document.querySelectorAll('main a.mention')].map((link) => link.id)
    expect(links).toEqual([
      'mention-harfuch-interview',
      'mention-harfuch-white-house',
      'mention-harfuch-far-from-over',
      'mention-united-states-collaboration',
    ])
  })

  it('shows what García Harfuch was at the date the sentence concerns, and on the interview’s real date', () => {
    render(<MentionCards notes={notesBundle} />)
    const dated = card('who-card-garcia-harfuch-2023-09')
    expect(dated.getByText('September 2023, the article’s date:')).toBeInTheDocument()
    const then = dated.getByText('September 2023, the article’s date:').nextElementSibling
    expect(then?.textContent).toMatch(
      /Mexico City’s Secretary of Citizen Security, until he resigned on 9 September 2023/,
    )
    expect(then?.textContent).toMatch(/No security office, from 9 September 2023/)
    expect(then?.textContent).not.toMatch(/federal/)
    const now = dated.getByText('19 December 2025, the interview’s real date:').nextElementSibling
    expect(now?.textContent).toBe('Mexico’s federal Secretary of Security and Citizen Protection, since 1 October 2024')

    // Hidden until a name opens it (a popover).
    expect(document.getElementById('who-card-garcia-harfuch-2023-09')).toHaveAttribute('popover', 'manual')

    // A sentence with no date of its own: the interview's real date alone.
    const undated = card('who-card-garcia-harfuch')
    expect(undated.queryByText(/the article’s date/)).toBeNull()
    expect(undated.getByText('19 December 2025, the interview’s real date:')).toBeInTheDocument()
    expect(undated.getByRole('link', { name: 'In who’s who', hidden: true })).toHaveAttribute(
      'href',
      '#who-garcia-harfuch',
    )
    expect(undated.getByRole('link', { name: 'Show every mention', hidden: true })).toHaveAttribute(
      'href',
      '/?who=garcia-harfuch',
    )
    expect(undated.getByRole('link', { name: 'The interview’s date', hidden: true })).toHaveAttribute(
      'href',
      '#claim-nyt-interview-date',
    )
    expect(screen.getAllByRole('group', { hidden: true }).filter((g) => g.matches('.who-card'))).toHaveLength(3)
  })
})
