import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { publication } from '../../src/content/publication'
import { renderApp } from '../render-app'

describe('the article page', () => {
  it('renders the title, every section with its heading, and every passage verbatim', async () => {
    await renderApp('/')
    const main = screen.getByRole('main')
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent(content.article.title)
    for (const section of content.article.sections) {
      const heading = within(main).getByRole('heading', { level: 2, name: new RegExp(section.title) })
      const region = heading.closest('section')
      expect(region).toHaveAttribute('id', section.id)
      for (const passage of section.passages) {
        const element = region?.querySelector(`[data-passage="${passage.id}"]`)
        expect(element?.textContent).toBe(passage.text)
      }
    }
  })

  it('marks every key claim in the text as a link', async () => {
    await renderApp('/')
    for (const claim of content.claims) {
      const link = screen.getByRole('link', { name: claim.quote.exact })
      expect(link).toHaveAttribute('data-claim', claim.id)
      expect(link.closest('mark')).not.toBeNull()
    }
  })

  it('says under the title when the explainer was published and last updated', async () => {
    await renderApp('/')
    const dates = screen.getByText(/^Explainer published/)
    expect(dates).toHaveTextContent('Explainer published 28 November 2026 · Updated 4 December 2026')
    expect(within(dates).getByText('28 November 2026')).toHaveAttribute('datetime', publication.published)
    expect(within(dates).getByText('4 December 2026')).toHaveAttribute('datetime', publication.updated)
    const title = screen.getByRole('heading', { level: 1 })
    expect(title.compareDocumentPosition(dates) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('has a header, a main landmark and a footer that leads to the sources and the corrections log', async () => {
    await renderApp('/')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('link', { name: 'Sources & method' })).toHaveAttribute('href', '/sources')
    expect(within(footer).getByRole('link', { name: 'Corrections' })).toHaveAttribute('href', '/sources#corrections')
  })

  it('shows a not-found page with a link back to the article for an unknown path', async () => {
    await renderApp('/nowhere')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Go to the article' })).toHaveAttribute(
      'href',
      '/',
    )
  })
})
