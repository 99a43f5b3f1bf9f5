import { content } from '../../src/content'
import { verdictLabels } from '../../src/content/verdict-labels'
import { expect, highlightedClaims, test, waitForHydration } from './fixtures'

const idsWith = (verdict: string, theme?: string) =>
  content.claims
    .filter((claim) => claim.verdict === verdict && (theme === undefined || claim.themes.includes(theme as never)))
    .map((claim) => claim.id)
    .sort()

test('?verdict= marks exactly the claims with that verdict, and survives reload and Back', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  expect((await highlightedClaims(page)).length).toBe(content.claims.length)

  const scorecard = page.getByRole('region', { name: 'Verdicts' })
  const partly = idsWith('partly-supported')
  await scorecard
    .getByRole('button', { name: `${partly.length} ${verdictLabels['partly-supported'].toLowerCase()}` })
    .click()
  await expect(page).toHaveURL(/\?verdict=partly-supported$/)
  await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual(partly)

  await page.reload()
  await waitForHydration(page)
  await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual(partly)

  const unverifiable = idsWith('unverifiable')
  await scorecard.getByRole('button', { name: new RegExp(`^${unverifiable.length} unverifiable$`) }).click()
  await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual(unverifiable)
  // The filter shows in the click's frame and the history entry follows that frame: Back undoes it.
  await expect(page).toHaveURL(/\?verdict=unverifiable$/)
  await page.goBack()
  await expect(page).toHaveURL(/\?verdict=partly-supported$/)
  await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual(partly)
  await expect(
    scorecard.getByRole('button', { name: new RegExp(verdictLabels['partly-supported'], 'i') }),
  ).toHaveAttribute('aria-pressed', 'true')
})

test('combined with a theme, only the claims with both stay marked', async ({ page }) => {
  await page.goto('/?theme=law-enforcement&verdict=partly-supported')
  await waitForHydration(page)
  const expected = idsWith('partly-supported', 'law-enforcement')
  expect(expected.length).toBeGreaterThan(0)
  await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual(expected)
})

test.describe('an unknown verdict', () => {
  test('is ignored with a notice', async ({ page }) => {
    await page.goto('/?verdict=pants-on-fire')
    await waitForHydration(page)
    await expect(page.getByText('No verdict “pants-on-fire”: showing every claim.')).toBeVisible()
    expect((await highlightedClaims(page)).length).toBe(content.claims.length)
  })
})
