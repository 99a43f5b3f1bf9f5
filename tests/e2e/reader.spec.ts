import type { Page } from '@playwright/test'
import { content } from '../../src/content'
import { expect, markedPassages, scrollSettled, test, waitForHydration } from './fixtures'
import { lastSection, literal, openedClaim, walkedTheme } from './support/journey-subjects'

const sections = () => ({
  first: content.article.sections[0]?.id ?? '',
  last: lastSection.id,
})

async function open(page: Page, url: string) {
  await page.goto(url)
  await waitForHydration(page)
}

/**
 * How far (px) an element's top is from where a jump to it should land: below the page's scroll
 * padding and the element's own scroll margin (together, clear of the sticky bar).
 */
function offsetFromLanding(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
    const margin = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0
    return Math.abs(element.getBoundingClientRect().top - padding - margin)
  })
}

/** The Context dialog once its content has loaded. */
async function contextDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Context' })
  await expect(dialog.getByText(/^Key claim \d+ of \d+/)).toBeVisible()
  return dialog
}

test.describe('sections', () => {
  test('jumping to the last section from the contents marks it current, with its heading at the top', {
    tag: '@journey',
  }, async ({ page }) => {
    await open(page, '/')
    const nav = page.getByRole('navigation', { name: 'Sections' })
    const link = nav.getByRole('link', { name: new RegExp(literal(lastSection.title)) })
    await link.click()
    await expect(page).toHaveURL(new RegExp(`#${lastSection.id}$`))
    await expect(link).toHaveAttribute('aria-current', 'true')
    const heading = page.getByRole('heading', { level: 2, name: lastSection.title })
    await expect(heading).toBeInViewport()
    // The jump survives the smooth scroll settling, and lands exactly: the heading at the top,
    // below the sticky offset, however the sections it passed were laid out.
    await scrollSettled(page)
    expect(await offsetFromLanding(page, `#${lastSection.id}`)).toBeLessThanOrEqual(1)
    await expect(nav.locator('[aria-current="true"]')).toHaveCount(1)
    await expect(link).toHaveAttribute('aria-current', 'true')
  })

  test('jumps across the parts after the article land exactly too', async ({ page }) => {
    await open(page, '/')
    await jumpAcrossParts(page)
  })

  test('a deep link into the parts after the article lands exactly, with or without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, baseURL })
      const page = await context.newPage()
      await page.goto('/#numbers')
      // Polled from outside the page: without JavaScript it runs no frame callbacks of ours.
      await expect
        .poll(() => offsetFromLanding(page, '#numbers'), { message: `JavaScript ${javaScriptEnabled}` })
        .toBeLessThanOrEqual(1)
      await context.close()
    }
  })

  async function jumpAcrossParts(page: Page) {
    const nav = page.getByRole('navigation', { name: 'Sections' })
    for (const [name, id] of [
      ['Notes on the key claims', 'notes'],
      ['Who’s who', 'whos-who'],
      ['At a glance', 'at-a-glance'],
    ]) {
      await nav.getByRole('link', { name }).click()
      await expect(page).toHaveURL(new RegExp(`#${id}$`))
      await scrollSettled(page)
      expect(await offsetFromLanding(page, `#${id}`), name).toBeLessThanOrEqual(1)
      await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'true')
    }
  }

  test('jumping back to the first section marks it current', async ({ page }) => {
    await open(page, `/#${sections().last}`)
    const nav = page.getByRole('navigation', { name: 'Sections' })
    await nav.getByRole('link', { name: /The interview and the government/ }).click()
    await expect(page).toHaveURL(new RegExp(`#${sections().first}$`))
    await expect(nav.getByRole('link', { name: /The interview and the government/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await expect(
      page.getByRole('heading', { level: 2, name: 'The interview and the government’s strategy' }),
    ).toBeInViewport()
  })

  test('a deep link to a section opens there and marks it current', async ({ page }) => {
    await open(page, `/#${sections().last}`)
    await expect(
      page.getByRole('heading', { level: 2, name: 'Impact on Communities and Public Safety' }),
    ).toBeInViewport()
    await scrollSettled(page)
    expect(await offsetFromLanding(page, `#${sections().last}`)).toBeLessThanOrEqual(1)
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Impact on Communities/ }),
    ).toHaveAttribute('aria-current', 'true')
  })

  test('reading to the end of the text marks its last section current, and the very bottom the last part', async ({
    page,
  }) => {
    await open(page, '/')
    const nav = page.getByRole('navigation', { name: 'Sections' })
    // The article's last line at the bottom of the screen, the explainer's parts just below it.
    await page.evaluate(() => {
      const after = document.getElementById('at-a-glance')
      if (after) window.scrollTo(0, after.getBoundingClientRect().top + window.scrollY - window.innerHeight)
    })
    await expect(nav.getByRole('link', { name: /Impact on Communities/ })).toHaveAttribute('aria-current', 'true')
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(nav.getByRole('link', { name: 'Notes on the key claims' })).toHaveAttribute('aria-current', 'true')
    await expect(nav.locator('[aria-current="true"]')).toHaveCount(1)
  })
})

test.describe('themes', () => {
  test('the lens marks passages, walks them in order, and survives reload and Back', { tag: '@journey' }, async ({
    page,
  }) => {
    await open(page, '/')
    const themes = page.getByRole('complementary', { name: 'Themes' })
    const toggle = themes.getByRole('button', { name: new RegExp(literal(walkedTheme.label)) })
    await toggle.click()
    await expect(page).toHaveURL(new RegExp(`\\?theme=${walkedTheme.id}`))
    const expected = walkedTheme.passageIds
    const count = expected.length
    expect(count).toBeGreaterThan(1)
    await expect.poll(() => markedPassages(page)).toEqual(expected)
    const inTheme = page.locator(`main [data-passage][data-themes~="${walkedTheme.id}"]`)
    // The passages outside the lens step back: they are drawn in a dimmer color.
    const colors = await page
      .locator('main [data-passage]')
      .evaluateAll((passages) => passages.map((p) => getComputedStyle(p).color))
    expect(new Set(colors).size).toBe(2)

    await themes.getByRole('button', { name: 'Next passage' }).click()
    await expect(themes.getByText(`1 of ${count}`)).toBeVisible()
    await expect(inTheme.first()).toBeFocused()
    await themes.getByRole('button', { name: 'Next passage' }).click()
    await expect(themes.getByText(`2 of ${count}`)).toBeVisible()
    await expect(inTheme.nth(1)).toBeFocused()
    await expect(inTheme.nth(1)).toBeInViewport()

    await page.reload()
    await waitForHydration(page)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await themes.getByRole('button', { name: 'Show all' }).click()
    await expect.poll(() => markedPassages(page)).toEqual([])
    await page.goBack()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  })
})

test.describe('claims', () => {
  test('a claim opens in place, closes with Escape, and focus returns to it', { tag: '@journey' }, async ({ page }) => {
    await open(page, '/')
    const link = page.locator(`main a[data-claim="${openedClaim.id}"]`)
    await link.scrollIntoViewIfNeeded()
    const scrolledAt = await page.evaluate(() => window.scrollY)
    await link.click()
    const dialog = await contextDialog(page)
    await expect(page).toHaveURL(new RegExp(`\\?claim=${openedClaim.id}`))
    await expect(link).toHaveAttribute('aria-expanded', 'true')
    // A claim clicked where the reader can see it stays there: the page does not move.
    await scrollSettled(page)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledAt)
    await expect(dialog.getByText(openedClaim.note.ruling).first()).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Context' })).toHaveCount(0)
    await expect(page).not.toHaveURL(/claim=/)
    await expect(link).toBeFocused()
  })

  test('a deep link opens the claim scrolled into view; Back and Forward close and reopen it', async ({ page }) => {
    await open(page, '/')
    await page.goto('/?claim=key-figure')
    await waitForHydration(page)
    await contextDialog(page)
    await expect(page.locator('main a[data-claim="key-figure"]')).toBeInViewport()
    await page.goBack()
    await expect(page.getByRole('dialog', { name: 'Context' })).toHaveCount(0)
    await page.goForward()
    await contextDialog(page)
  })

  test('the context opens with our ruling and its dates, and leads to the corrections log and to a report', async ({
    page,
  }) => {
    await open(page, '/?claim=white-house-role')
    const dialog = await contextDialog(page)
    await expect(dialog.locator('.claim-ruling')).toHaveText(
      /^Our ruling: Not borne out\. The record shows cooperation/,
    )
    await expect(dialog.locator('.claim-dates')).toHaveText(
      /^Checked 28 November 2026, against the record to 20 January 2026 · Updated 4 December 2026 — see the corrections log/,
    )
    const report = dialog.getByRole('link', { name: 'Report an error in this check' })
    await expect(report).toHaveAttribute('href', /^mailto:[^?]+\?subject=Error%20report%3A%20.*\(white-house-role\)/)
    await expect(report).toHaveAttribute('href', /claim%3Dwhite-house-role/)
    await dialog.getByRole('link', { name: /see the corrections log/ }).click()
    await expect(page).toHaveURL(/\/sources#corrections$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Corrections' })).toBeInViewport()
  })

  test('the footer’s Corrections link opens the log on the sources page', async ({ page }) => {
    await open(page, '/')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click()
    await expect(page).toHaveURL(/\/sources#corrections$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Corrections' })).toBeInViewport()
  })

  test('related and next claims open in the same dialog', async ({ page }) => {
    await open(page, '/?claim=nyt-interview-date')
    const dialog = await contextDialog(page)
    await dialog.getByRole('link', { name: /Next claim/ }).click()
    await expect(page).not.toHaveURL(/claim=nyt-interview-date/)
    await expect(page).toHaveURL(/claim=/)
    await contextDialog(page)
  })
})

test('keyboard only: Tab to a claim, Enter opens it, Escape closes it, shortcuts move between sections', async ({
  page,
}) => {
  await open(page, '/')
  const link = page.locator('main a[data-claim]').first()
  let reached = false
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab')
    reached = await link.evaluate((element) => element === document.activeElement)
  }
  expect(reached).toBe(true)
  await page.keyboard.press('Enter')
  await contextDialog(page)
  await expect(page.getByRole('heading', { name: 'Context' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(link).toBeFocused()
  await page.keyboard.press('j')
  await expect(page).toHaveURL(/#strengthening-ties-with-the-united-states$/)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
})

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })

  test('one column with no sideways scroll; themes in a drawer; context as a bottom sheet', async ({ page }) => {
    await open(page, '/')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(page.getByRole('complementary', { name: 'Themes' })).toBeHidden()

    const themesButton = page.getByRole('button', { name: /^Themes/ })
    await themesButton.click()
    const themes = page.getByRole('complementary', { name: 'Themes' })
    await expect(themes).toBeVisible()
    await themes.getByRole('button', { name: /Cooperation/ }).click()
    await expect(page).toHaveURL(/theme=cooperation/)
    await page.keyboard.press('Escape')
    await expect(themes).toBeHidden()
    await expect(themesButton).toBeFocused()
    // Tabbing past the drawer's last control closes it rather than leaving focus behind it.
    await themesButton.click()
    await expect(themes).toBeVisible()
    await themes.getByRole('link').last().focus()
    await page.keyboard.press('Tab')
    await expect(themes).toBeHidden()

    await page.locator('main a[data-claim="increased-funding"]').click()
    const dialog = await contextDialog(page)
    const box = await dialog.boundingBox()
    expect(box?.width).toBeLessThanOrEqual(375)
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(741)
    await expect(page.locator('main a[data-claim="increased-funding"]')).toBeInViewport()
    await dialog.getByRole('button', { name: 'Close context' }).click()
    await expect(page.getByRole('dialog', { name: 'Context' })).toHaveCount(0)
    const overflowAfter = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflowAfter).toBeLessThanOrEqual(0)
  })
})

test('on a wide screen the article keeps a readable measure between contents and themes', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await open(page, '/')
  const measure = await page
    .locator('main [data-passage]')
    .first()
    .evaluate((element) => {
      const probe = document.createElement('span')
      probe.textContent = '0'.repeat(100)
      element.append(probe)
      const ch = probe.getBoundingClientRect().width / 100
      probe.remove()
      return element.getBoundingClientRect().width / ch
    })
  expect(measure).toBeGreaterThanOrEqual(65)
  expect(measure).toBeLessThanOrEqual(75)
  const nav = await page.getByRole('navigation', { name: 'Sections' }).boundingBox()
  const article = await page.locator('main article').boundingBox()
  const themes = await page.getByRole('complementary', { name: 'Themes' }).boundingBox()
  expect(nav && article && nav.x + nav.width <= article.x).toBe(true)
  expect(article && themes && article.x + article.width <= themes.x).toBe(true)
})
