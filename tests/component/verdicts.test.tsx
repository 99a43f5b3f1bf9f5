import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { VERDICTS } from '../../src/content/types'
import { verdictScale } from '../../src/content/verdicts'
import { claimsInOrder } from '../../src/lib/article'
import { renderApp } from '../render-app'

const scorecard = () => screen.getByRole('region', { name: 'Verdicts' })
const article = () => document.querySelector('main article') as HTMLElement
const claimsWith = (verdict: string) => claimsInOrder(content).filter((claim) => claim.verdict === verdict)

describe('the verdict scorecard', () => {
  it('counts the claims of each verdict, from the claims themselves, and says none it does not have', async () => {
    await renderApp('/')
    // One toggle per verdict some claim got, in the scale's order; a verdict no claim got has none.
    const expected = VERDICTS.filter((verdict) => claimsWith(verdict).length > 0).map(
      (verdict) => `${claimsWith(verdict).length} ${verdictScale[verdict].label.toLowerCase()}`,
    )
    const toggles = within(scorecard()).getAllByRole('button')
    expect(toggles).toHaveLength(expected.length)
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-pressed', 'false')
    for (const [index, name] of expected.entries()) expect(toggles[index]).toHaveAccessibleName(name)
  })

  it('marks only the chosen verdict’s claims, in the URL, lists them and walks them in the order of the text', async () => {
    const verdict = VERDICTS.find((v) => claimsWith(v).length >= 2) ?? 'partly-supported'
    const expected = claimsWith(verdict)
    const { user, router } = await renderApp('/')
    const label = verdictScale[verdict].label.toLowerCase()
    await user.click(within(scorecard()).getByRole('button', { name: `${expected.length} ${label}` }))
    // The filter shows in the click's frame; the URL follows once that frame is painted.
    expect(article()).toHaveAttribute('data-verdict-filter', verdict)
    await waitFor(() => expect(router.state.location.search).toEqual({ verdict }))
    // The walk's chunk loads on first use, a fresh module graph under Vitest.
    const next = await within(scorecard()).findByRole('button', { name: 'Next claim' }, { timeout: 5000 })
    expect(within(scorecard()).getByText(`${expected.length} to walk`)).toBeInTheDocument()
    await user.click(next)
    expect(document.activeElement).toBe(document.getElementById(`claim-${expected[0]?.id}`))
    await user.click(next)
    expect(document.activeElement).toBe(document.getElementById(`claim-${expected[1]?.id}`))
    await user.click(within(scorecard()).getByRole('button', { name: 'Show every claim' }))
    expect(article()).not.toHaveAttribute('data-verdict-filter')
    await waitFor(() => expect(router.state.location.search).toEqual({}))
  })

  it('combines with a theme, with no notice', async () => {
    await renderApp('/?theme=cooperation&verdict=contradicted')
    expect(article()).toHaveAttribute('data-active-theme', 'cooperation')
    expect(article()).toHaveAttribute('data-verdict-filter', 'contradicted')
    expect(screen.queryByText(/^No (theme|claim|verdict) “/)).toBeNull()
  })

  it('ignores an unknown verdict and says so', async () => {
    const { user, router } = await renderApp('/?verdict=mostly-true')
    const notice = screen.getByText(/No verdict “mostly-true”: showing every claim/).closest('[role="status"]')
    if (!(notice instanceof HTMLElement)) throw new Error('the notice is not a status')
    expect(article()).not.toHaveAttribute('data-verdict-filter')
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }))
    expect(router.state.location.search).toEqual({})
  })

  it('gives every claim link its verdict, and the contents say how each section’s claims came out', async () => {
    await renderApp('/')
    for (const claim of content.claims) {
      expect(document.getElementById(`claim-${claim.id}`)).toHaveAttribute('data-verdict', claim.verdict)
    }
    const contents = screen.getByRole('navigation', { name: 'Sections' })
    for (const section of content.article.sections) {
      const link = within(contents).getByRole('link', { name: new RegExp(section.title) })
      const inSection = content.claims.filter((claim) => section.passages.some((p) => p.id === claim.passageId))
      for (const verdict of new Set(inSection.map((claim) => claim.verdict))) {
        const count = inSection.filter((claim) => claim.verdict === verdict).length
        expect(link).toHaveTextContent(`${count} ${verdictScale[verdict].label.toLowerCase()}`)
      }
    }
  })
})
