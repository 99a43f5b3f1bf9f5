import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
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

  it('has a header, a main landmark and a footer', async () => {
    await renderApp('/')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
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
