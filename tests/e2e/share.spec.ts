import type { Page } from '@playwright/test'
import { expect, test, waitForHydration } from './fixtures'

const announcer = (page: Page) => page.locator('[data-announcer]')
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())
const themes = (page: Page) => page.getByRole('complementary', { name: 'Themes' })

test.describe('copy link', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  })

  test("a claim's context copies the claim's link and says so", async ({ page, baseURL }) => {
    await page.goto('/')
    await waitForHydration(page)
    await page.locator('main a[data-claim="increased-funding"]').click()
    const dialog = page.getByRole('dialog', { name: 'Context' })
    await dialog.getByRole('button', { name: 'Copy link to this claim' }).click()
    await expect(announcer(page)).toHaveText('Link to this claim copied')
    expect(await clipboard(page)).toBe(`${baseURL}/?claim=increased-funding`)
  })

  test('a section heading copies the link to its section and says so', async ({ page, baseURL }) => {
    await page.goto('/')
    await waitForHydration(page)
    await page.getByRole('link', { name: 'Copy link to section “Strengthening Ties with the United States”' }).click()
    await expect(announcer(page)).toHaveText('Link to “Strengthening Ties with the United States” copied')
    expect(await clipboard(page)).toBe(`${baseURL}/#strengthening-ties-with-the-united-states`)
  })

  test('the theme that is on copies a link that opens the article with it on', async ({ page, baseURL }) => {
    await page.goto('/')
    await waitForHydration(page)
    await expect(themes(page).getByRole('button', { name: /^Copy link/ })).toHaveCount(0)
    await themes(page)
      .getByRole('button', { name: /Community impact/ })
      .click()
    await themes(page).getByRole('button', { name: 'Copy link to this theme' }).click()
    await expect(announcer(page)).toHaveText('Link to this theme copied')
    const link = await clipboard(page)
    expect(link).toBe(`${baseURL}/?theme=community-impact`)

    await page.goto(link)
    await waitForHydration(page)
    await expect(themes(page).getByRole('button', { name: /Community impact/ })).toHaveAttribute('aria-pressed', 'true')
  })
})

test.describe('the share sheet', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('where the browser offers one, Share hands it the claim and the theme with their links', async ({
    page,
    baseURL,
  }) => {
    // Chromium on Linux has no share sheet: stand one in that records what it was given.
    await page.addInitScript(() => {
      const shared: ShareData[] = []
      Object.assign(window, { shared })
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          shared.push(data)
        },
      })
    })
    await page.goto('/')
    await waitForHydration(page)
    await page.locator('main a[data-claim="leader-captures"]').click()
    await page.getByRole('dialog', { name: 'Context' }).getByRole('button', { name: 'Share this claim' }).click()
    await themes(page)
      .getByRole('button', { name: /Law enforcement/ })
      .click()
    await themes(page).getByRole('button', { name: 'Share this theme' }).click()

    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)
    expect(shared.map((data) => data.url)).toEqual([
      `${baseURL}/?claim=leader-captures`,
      `${baseURL}/?theme=law-enforcement`,
    ])
    for (const data of shared) expect(data.title?.length).toBeGreaterThan(10)
  })

  test('where it offers none, there is no Share button, only Copy link', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share')
    })
    await page.goto('/?claim=leader-captures')
    await waitForHydration(page)
    const dialog = page.getByRole('dialog', { name: 'Context' })
    await expect(dialog.getByRole('button', { name: 'Copy link to this claim' })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0)
  })
})
