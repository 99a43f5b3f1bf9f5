import type { Page } from '@playwright/test'
import { content } from '../../src/content'
import { passagesOfTheme } from '../../src/lib/themes'
import { expect, markedPassages, test, waitForHydration, waitForIslands } from './fixtures'

// A hydration mismatch is a console error in React 19, and the fixture fails any test that logs
// one: each of these tests loads a prerendered page the way a reader arrives at it, lets React
// hydrate it, and then checks the state the URL asked for was applied after hydration.

const main = (page: Page) => page.getByRole('main')

test('the article hydrates cleanly', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  await waitForIslands(page)
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible()
  expect(await markedPassages(page)).toEqual([])
})

test('the sources page hydrates cleanly', async ({ page }) => {
  await page.goto('/sources')
  await waitForIslands(page)
  await expect(main(page).getByRole('heading', { level: 1, name: /Sources/ })).toBeVisible()
})

test('a theme in the URL is applied after hydration, without a mismatch', async ({ page }) => {
  await page.goto('/?theme=cooperation')
  await waitForHydration(page)
  const expected = passagesOfTheme(content.article, 'cooperation').map((passage) => passage.id)
  expect(expected.length).toBeGreaterThan(0)
  await expect.poll(() => markedPassages(page)).toEqual(expected)
})

test('a claim in the URL opens its context after hydration, without a mismatch', async ({ page }) => {
  await page.goto('/?claim=nyt-interview-date')
  await waitForHydration(page)
  await expect(page.getByRole('dialog', { name: 'Context' })).toBeVisible()
})

test('a section in the hash hydrates cleanly and keeps the hash', async ({ page }) => {
  await page.goto('/#strengthening-ties-with-the-united-states')
  await waitForHydration(page)
  await expect(page.locator('#strengthening-ties-with-the-united-states')).toBeInViewport()
  expect(new URL(page.url()).hash).toBe('#strengthening-ties-with-the-united-states')
})

test.describe('an unknown path', () => {
  // The browser logs the 404 status of the document itself.
  test.use({ allowConsole: [/status of 404/] })

  for (const path of ['/no/such/page', '/$', '/sources/$']) {
    test(`hydrates the not-found page cleanly at ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await waitForIslands(page)
      await expect(main(page).getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    })
  }
})
