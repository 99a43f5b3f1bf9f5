import type { Page } from '@playwright/test'
import { expect, scrollSettled, test, waitForHydration } from './fixtures'

/** Where the article's first paragraph starts, from the top of the page, in CSS pixels. */
const firstPassageTop = (page: Page) =>
  page
    .locator('main [data-passage]')
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY)

/** Follows the contents' link to the last section: the list closes and the section is in view. */
async function jumpFromContents(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Sections' })
  await nav.getByRole('link', { name: /Impact on Communities/ }).click()
  await expect(page).toHaveURL(/#impact-on-communities-and-public-safety$/)
  await expect(nav).toBeHidden()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Impact on Communities and Public Safety' }),
  ).toBeInViewport()
}

const desktop = { viewport: { width: 1280, height: 860 } }
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

test.describe('the article first', () => {
  const screens = [
    { name: 'on a 1280×860 screen', device: desktop, limit: 860, within: 'on the first screen' },
    { name: 'on a 390×844 phone', device: phone, limit: 1055, within: 'within a screen and a quarter' },
  ]
  for (const { name, device, limit, within } of screens) {
    for (const javaScriptEnabled of [true, false]) {
      test.describe(`${name}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
        test.use({ ...device, javaScriptEnabled })
        test(`the first paragraph starts ${within}`, async ({ page }) => {
          await page.goto('/')
          if (javaScriptEnabled) await waitForHydration(page)
          expect(await firstPassageTop(page)).toBeLessThanOrEqual(limit)
        })
      })
    }
  }
})

test.describe('on a touch phone', () => {
  test.use(phone)

  test('“Contents” in the sticky bar opens the list with the section being read marked, and a jump closes it', async ({
    page,
  }) => {
    await page.goto('/#strengthening-ties-with-the-united-states')
    await waitForHydration(page)
    const contents = page.getByRole('button', { name: /^Contents/ })
    await expect(contents).toContainText('Strengthening Ties with the United States')
    const nav = page.getByRole('navigation', { name: 'Sections' })
    await expect(nav).toBeHidden()
    await contents.click()
    await expect(contents).toHaveAttribute('aria-expanded', 'true')
    await expect(nav).toBeVisible()
    const current = nav.getByRole('link', { name: /Strengthening Ties/ })
    await expect(current).toHaveAttribute('aria-current', 'true')
    await expect(current).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(nav).toBeHidden()
    await expect(contents).toBeFocused()

    await contents.click()
    await jumpFromContents(page)
    await expect(contents).toContainText('Impact on Communities')
  })

  test('offers no keyboard shortcuts', async ({ page }) => {
    await page.goto('/')
    await waitForHydration(page)
    await page.getByRole('button', { name: /^Contents/ }).click()
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden()
    await expect(page.getByText(/keyboard shortcut/i).filter({ visible: true })).toHaveCount(0)
  })

  test('the context’s bottom sheet has a handle and closes by a downward swipe, focus back on its claim', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForHydration(page)
    const claim = page.locator('main a[data-claim="increased-funding"]')
    await claim.click()
    const sheet = page.getByRole('dialog', { name: 'Context' })
    await expect(sheet.getByText(/^Key claim \d+ of \d+/)).toBeVisible()
    const handle = sheet.locator('.sheet-handle')
    await expect(handle).toBeVisible()
    // Opening the claim may have scrolled it clear of the sheet: let that finish first.
    await scrollSettled(page)
    const box = await handle.boundingBox()
    if (!box) throw new Error('the handle has no box')
    const scrollBefore = await page.evaluate(() => window.scrollY)

    // A real touch drag from the handle, 200 px down, in steps (Chromium's input pipeline).
    const cdp = await page.context().newCDPSession(page)
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let step = 1; step <= 10; step++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + step * 20 }] })
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })

    await expect(page.getByRole('dialog', { name: 'Context' })).toHaveCount(0)
    await expect(page).not.toHaveURL(/claim=/)
    await expect(claim).toBeFocused()
    // The drag moved the sheet, not the page behind it.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)
  })

  test('a short drag of the sheet springs back and leaves it open', async ({ page }) => {
    await page.goto('/?claim=increased-funding')
    await waitForHydration(page)
    const sheet = page.getByRole('dialog', { name: 'Context' })
    await expect(sheet.getByText(/^Key claim \d+ of \d+/)).toBeVisible()
    const box = await sheet.locator('.sheet-handle').boundingBox()
    if (!box) throw new Error('the handle has no box')
    const cdp = await page.context().newCDPSession(page)
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + 10 }] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + 20 }] })
    await page.waitForTimeout(100)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect(sheet).toBeVisible()
    await expect(sheet).toHaveCSS('transform', 'none')
  })
})

test.describe('on a phone without JavaScript', () => {
  test.use({ ...phone, javaScriptEnabled: false })

  test('“Contents” is a link that shows the list in place, and choosing a section hides it again', async ({ page }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Sections' })
    await expect(nav).toBeHidden()
    await page.getByRole('link', { name: /^Contents/ }).click()
    await expect(page).toHaveURL(/#contents$/)
    await expect(nav).toBeVisible()
    await jumpFromContents(page)
  })
})

test.describe('on a wide screen with a mouse', () => {
  test.use(desktop)

  test('the contents offer the keyboard shortcuts, and the bar of narrow screens is not shown', async ({ page }) => {
    await page.goto('/')
    await waitForHydration(page)
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await expect(page.getByRole('button', { name: /^Contents/ })).toBeHidden()
  })
})
