import type { Page } from '@playwright/test'
import { expect, test, waitForHydration } from './fixtures'
import { ARTICLE_ONLY, violations } from './support/axe'

async function openClaim(page: Page, claimId: string) {
  await page.locator(`main a[data-claim="${claimId}"]`).click()
  await expect(page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/)).toBeVisible()
}

/**
 * The rules whose outcome depends on colors. Dark mode changes only color tokens (styles.css), so
 * the dark scans run these and the light scans everything.
 */
const COLOR_RULES = ['color-contrast', 'link-in-text-block']

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme })
    const scheme = colorScheme === 'dark' ? { rules: COLOR_RULES } : {}

    test('the article has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/')
      await waitForHydration(page)
      expect(await violations(page, { ...ARTICLE_ONLY, ...scheme })).toEqual([])
    })

    test('with a theme on, a name’s mentions marked and a claim open, still none', async ({ page }) => {
      await page.goto('/?theme=law-enforcement&who=garcia-harfuch')
      await waitForHydration(page)
      await expect(page.locator('main article')).toHaveAttribute('data-active-who', 'garcia-harfuch')
      await openClaim(page, 'increased-funding')
      expect(await violations(page, { ...ARTICLE_ONLY, ...scheme })).toEqual([])
    })

    test('the parts after the article (timeline, charts, who’s who, notes) have none', async ({ page }) => {
      await page.goto('/#timeline')
      await waitForHydration(page)
      // They skip rendering until near the screen (content-visibility): in view, axe sees them drawn.
      await expect(page.locator('#timeline svg')).toBeVisible()
      expect(await violations(page, { within: ['.explainer-matter'], ...scheme })).toEqual([])
    })

    test('the resume offer, the URL notice and the shortcuts help have none', async ({ page }) => {
      // Each is scanned alone: the page around it is scanned above.
      await page.addInitScript(() => {
        localStorage.setItem(
          'reader-position',
          JSON.stringify({ sectionId: 'impact-on-communities-and-public-safety', theme: 'law-enforcement' }),
        )
      })
      await page.goto('/')
      await waitForHydration(page)
      await expect(page.locator('[data-resume-offer]')).toContainText('Resume at')
      expect(await violations(page, { within: ['[data-resume-offer]'], ...scheme })).toEqual([])

      await page.goto('/?theme=nope&verdict=nope')
      await waitForHydration(page)
      const notice = page.getByRole('status').filter({ hasText: 'No theme “nope”' })
      await expect(notice).toBeVisible()
      expect(await violations(page, { within: ['.url-notice:not([data-resume-offer])'], ...scheme })).toEqual([])

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      expect(await violations(page, { within: ['.overlay-backdrop'], ...scheme })).toEqual([])
    })

    test('the sources page has none', async ({ page }) => {
      await page.goto('/sources')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await violations(page, scheme)).toEqual([])
    })

    test.describe('not found', () => {
      test.use({ allowConsole: [/status of 404/] })
      test('the not-found page has none', async ({ page }) => {
        await page.goto('/no-such-page')
        await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
        expect(await violations(page, scheme)).toEqual([])
      })
    })
  })
}

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the article, the themes drawer and the bottom sheet have none', async ({ page }) => {
    await page.goto('/?theme=cooperation')
    await waitForHydration(page)
    expect(await violations(page, ARTICLE_ONLY)).toEqual([])
    await page.getByRole('button', { name: /^Themes/ }).click()
    await expect(page.getByRole('complementary', { name: 'Themes' })).toBeVisible()
    expect(await violations(page, { within: ['#themes-drawer', '.drawer-backdrop'] })).toEqual([])
    await page.keyboard.press('Escape')
    await openClaim(page, 'nyt-interview-date')
    expect(await violations(page, { within: ['[role="dialog"]'] })).toEqual([])
  })
})

test('the reader’s chosen dark mode applies and persists across a reload', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  const toggle = page.getByRole('button', { name: /Dark mode/ })
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark')
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(background).toBe('rgb(19, 20, 22)')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark')
  await waitForHydration(page)
  await expect(page.getByRole('button', { name: /Dark mode/ })).toHaveAttribute('aria-pressed', 'true')
  // The chosen scheme has its own block of tokens (the system's is scanned above): its contrast.
  expect(await violations(page, { ...ARTICLE_ONLY, rules: COLOR_RULES })).toEqual([])
})

test('focus is always visible: a focused claim link draws an outline', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  const link = page.locator('main a[data-claim]').first()
  await link.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Tab')
  const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline).not.toBe('none')
})

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })

  test('scrolling is instant and nothing animates', async ({ page }) => {
    // The phone's bottom sheet is what slides: with reduced motion it appears at once.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    await waitForHydration(page)
    const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
    expect(behavior).toBe('auto')
    await page.locator('main a[data-claim]').first().click()
    const sheet = page.getByRole('dialog', { name: 'Context' })
    await expect(sheet).toBeVisible()
    const duration = () => sheet.evaluate((element) => getComputedStyle(element).transitionDuration)
    expect(await duration()).toBe('0s')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await duration()).not.toBe('0s')
  })
})
