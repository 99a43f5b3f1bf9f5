import type { Page } from '@playwright/test'
import { expect, test, waitForHydration } from './fixtures'

const offer = (page: Page) => page.locator('[data-resume-offer]')
const sectionLink = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })
const themes = (page: Page) => page.getByRole('complementary', { name: 'Themes' })

/** Reads on in the law-enforcement theme down to the third section, as a reader would. */
async function readOn(page: Page) {
  await page.goto('/')
  await waitForHydration(page)
  await expect(offer(page)).toHaveCount(0)
  await themes(page)
    .getByRole('button', { name: /Law enforcement/ })
    .click()
  await sectionLink(page, /Impact on Communities/).click()
  await expect(sectionLink(page, /Impact on Communities/)).toHaveAttribute('aria-current', 'true')
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('reader-position')))
    .toBe(JSON.stringify({ sectionId: 'impact-on-communities-and-public-safety', theme: 'law-enforcement' }))
}

/** Everything a fresh visit loads has arrived, so an offer that was coming would be there. */
async function settle(page: Page) {
  await waitForHydration(page)
  await page.waitForLoadState('networkidle')
}

test.describe('resume where the reader was', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('a later visit to the article offers the section and theme, and Resume goes there', async ({ page }) => {
    await readOn(page)
    await page.goto('/')
    await waitForHydration(page)
    await expect(offer(page)).toContainText(
      'Resume at “Impact on Communities and Public Safety” with the Law enforcement theme on?',
    )
    await expect(page.getByRole('status').filter({ hasText: 'Resume at' })).toBeVisible()
    // Keyboard first: the offer's buttons are reached by Tab like any control.
    await offer(page).getByRole('button', { name: 'Resume' }).focus()
    await page.keyboard.press('Enter')

    await expect(offer(page)).toHaveCount(0)
    await expect(page).toHaveURL(/\?theme=law-enforcement#impact-on-communities-and-public-safety$/)
    await expect(themes(page).getByRole('button', { name: /Law enforcement/ })).toHaveAttribute('aria-pressed', 'true')
    await expect(sectionLink(page, /Impact on Communities/)).toHaveAttribute('aria-current', 'true')
    await expect(page.locator('#impact-on-communities-and-public-safety [data-passage]').first()).toBeFocused()
    await expect(page.locator('[data-announcer]')).toHaveText(
      'Resumed at “Impact on Communities and Public Safety” with the Law enforcement theme on',
    )
  })

  test('Dismiss puts the offer away and leaves the reader at the top', async ({ page }) => {
    await readOn(page)
    await page.goto('/')
    await waitForHydration(page)
    await offer(page).getByRole('button', { name: 'Dismiss' }).click()
    await expect(offer(page)).toHaveCount(0)
    await expect(page).toHaveURL(/\/$/)
    await expect(page.locator('main')).toBeFocused()
  })

  for (const url of ['/#strengthening-ties-with-the-united-states', '/?theme=cooperation', '/?claim=key-figure']) {
    test(`a URL that names where to go (${url}) is never overridden by an offer`, async ({ page }) => {
      await readOn(page)
      await page.goto(url)
      await settle(page)
      await expect(offer(page)).toHaveCount(0)
      await expect(page.getByText(/^Resume at/)).toHaveCount(0)
    })
  }

  test('with storage blocked the reader offers nothing and logs no error', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    await page.goto('/')
    await waitForHydration(page)
    await themes(page)
      .getByRole('button', { name: /Cooperation/ })
      .click()
    await sectionLink(page, /Strengthening Ties/).click()
    await expect(sectionLink(page, /Strengthening Ties/)).toHaveAttribute('aria-current', 'true')
    await page.goto('/')
    await settle(page)
    await expect(offer(page)).toHaveCount(0)
  })

  test('a saved position that is not in the article (stale or tampered) offers nothing', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('reader-position', '{"sectionId":"<img src=x onerror=alert(1)>","theme":"__proto__"}')
    })
    await page.goto('/')
    await settle(page)
    await expect(offer(page)).toHaveCount(0)
  })
})
