import { expect, markedPassages, test, waitForHydration } from './fixtures'

test.describe('a chunk that fails to load (offline after the first load)', () => {
  // The failed requests and the boundary's note are expected here; nothing else may be logged.
  // One pattern: Playwright reads a longer array in test.use as a fixture tuple.
  // React also reports that the blocked notes could not hydrate (error 422) and renders around them.
  // Without a service worker: it takes the first tab over and fetches the chunks itself (out of
  // reach of page.route), and a reader without one (private mode, no support) is who this case is.
  test.use({
    allowConsole: [
      /Failed to load resource|part of the page failed|Failed to fetch dynamically|React error #422|Service Worker registration blocked/,
    ],
    serviceWorkers: 'block',
  })

  test('opening a claim shows a message and a way to retry; the article stays whole', async ({ page }) => {
    let blocked = true
    await page.route(/\/assets\/(claim-dialog|context-chunk)-.*\.js$/, (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    )
    await page.goto('/')
    await waitForHydration(page)
    await page.locator('main a[data-claim="increased-funding"]').click()
    const dialog = page.getByRole('dialog', { name: 'Context' })
    await expect(dialog.getByRole('alert')).toContainText('could not be loaded')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('main [data-passage]')).toHaveCount(7)

    blocked = false
    await dialog.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/)).toBeVisible()
  })
})

test.describe('blocked storage', () => {
  test('the reader works with localStorage and sessionStorage throwing', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
      }
    })
    await page.goto('/')
    await waitForHydration(page)
    await page.getByRole('button', { name: /Dark mode/ }).click()
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark')
    await page
      .getByRole('complementary', { name: 'Themes' })
      .getByRole('button', { name: /Cooperation/ })
      .click()
    await expect(page).toHaveURL(/theme=cooperation/)
    await page.locator('main a[data-claim]').first().click()
    await expect(page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/)).toBeVisible()
  })
})

test.describe('older browsers', () => {
  test('without IntersectionObserver or matchMedia the contents still follow the reader', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'IntersectionObserver')
      Reflect.deleteProperty(window, 'matchMedia')
    })
    await page.goto('/')
    await waitForHydration(page)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes on the key claims' }),
    ).toHaveAttribute('aria-current', 'true')
    await page
      .getByRole('complementary', { name: 'Themes' })
      .getByRole('button', { name: /Law enforcement/ })
      .click()
    await expect.poll(() => markedPassages(page)).not.toEqual([])
  })
})
