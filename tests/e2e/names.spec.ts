import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test, waitForHydration } from './fixtures'

// Names in the text and their cards: one page load per test, several checks each (browser tests
// are the suite's slowest part).

const HARFUCH = 'main a.mention[data-who="garcia-harfuch"]'
/** The first mention in the article, whose sentence concerns the article's "September 2023". */
const firstHarfuch = (page: Page) => page.locator('#mention-harfuch-interview')
const card = (page: Page, id: string) => page.locator(`#${id}`)
const openCards = (page: Page) => page.locator('.who-card:popover-open')

/** The names' listeners are a chunk of their own, loaded after hydration: a name says it has a card once they run. */
async function ready(page: Page, url = '/') {
  await page.goto(url)
  await waitForHydration(page)
  await expect(firstHarfuch(page)).toHaveAttribute('aria-expanded', 'false')
}

/** The middle of an element's first line box: a name that wraps has none at the middle of its bounding box. */
function centerOf(locator: Locator) {
  return locator.evaluate((element) => {
    const line = element.getClientRects()[0]
    if (!line) throw new Error('not laid out')
    return { x: line.left + line.width / 2, y: line.top + line.height / 2 }
  })
}

type Rect = { top: number; bottom: number; left: number; right: number }
const rectOf = (locator: Locator): Promise<Rect> =>
  locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect()
    return { top, bottom, left, right }
  })
const overlaps = (a: Rect, b: Rect) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right

test.describe('on a desktop with a mouse and a keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('a card opens when the pointer rests on a name, not when it passes; stays while the pointer moves into it; one at a time; closes on leaving', async ({
    page,
  }) => {
    await ready(page)
    const mention = firstHarfuch(page)
    await mention.scrollIntoViewIfNeeded()
    // Layout shifts from here on (after the scroll): opening a card must move nothing in the page.
    await page.evaluate(() => {
      const shifts: number[] = []
      Object.assign(window, { shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value)
      }).observe({ type: 'layout-shift' })
    })
    const layoutShift = () =>
      page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0))
    const at = await centerOf(mention)

    // Passing over: on the name and off it within 150 ms opens nothing, even after waiting.
    await page.mouse.move(at.x - 200, at.y + 60)
    await page.mouse.move(at.x, at.y, { steps: 2 })
    await page.waitForTimeout(150)
    await page.mouse.move(at.x + 200, at.y + 120, { steps: 2 })
    await page.waitForTimeout(800)
    await expect(openCards(page)).toHaveCount(0)

    // Resting: the card opens after about half a second, not at once.
    await page.mouse.move(at.x, at.y, { steps: 2 })
    await page.waitForTimeout(200)
    await expect(openCards(page)).toHaveCount(0)
    const dated = card(page, 'who-card-garcia-harfuch-2023-09')
    await expect(dated).toBeVisible()
    await expect(mention).toHaveAttribute('aria-expanded', 'true')
    await expect(dated).toContainText('September 2023, the article’s date')
    await expect(dated).toContainText(
      'Mexico City’s Secretary of Citizen Security, until he resigned on 9 September 2023',
    )
    await expect(dated).toContainText('19 December 2025, the interview’s real date')
    await expect(dated).toContainText('federal Secretary of Security and Citizen Protection')
    // It never covers the words it explains, and stays inside the window.
    const cardBox = await rectOf(dated)
    expect(overlaps(cardBox, await rectOf(mention))).toBe(false)
    expect(cardBox.right).toBeLessThanOrEqual(1280)

    // The pointer moves off the name, across the gap and into the card: the card stays.
    const inCard = await centerOf(dated.locator('.who-card-name'))
    await page.mouse.move(inCard.x, inCard.y, { steps: 6 })
    await page.waitForTimeout(600)
    await expect(dated).toBeVisible()
    expect(await layoutShift()).toBe(0)

    // axe, on the card alone (the page around it is scanned in accessibility.spec.ts).
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('#who-card-garcia-harfuch-2023-09')
      .analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])

    // Another name: only its card is open.
    const other = page.locator('main a.mention[data-who="us-government"]')
    await other.scrollIntoViewIfNeeded()
    const otherAt = await centerOf(other)
    await page.mouse.move(otherAt.x, otherAt.y, { steps: 4 })
    await expect(card(page, 'who-card-us-government')).toBeVisible()
    await expect(openCards(page)).toHaveCount(1)
    await expect(mention).toHaveAttribute('aria-expanded', 'false')

    // Leaving both the name and its card closes it.
    await page.mouse.move(5, 5, { steps: 4 })
    await expect(openCards(page)).toHaveCount(0)

    // A card whose name scrolls out of sight closes.
    await mention.scrollIntoViewIfNeeded()
    const again = await centerOf(mention)
    await page.mouse.move(again.x, again.y, { steps: 2 })
    await expect(dated).toBeVisible()
    await page.evaluate(() => window.scrollBy({ top: 1500, behavior: 'instant' }))
    await expect(openCards(page)).toHaveCount(0)
  })

  test('keyboard focus opens a card, Escape closes it with focus on the name, Tab moves on; “Show every mention” turns on the lens', async ({
    page,
  }) => {
    await ready(page)
    const mention = firstHarfuch(page)
    const dated = card(page, 'who-card-garcia-harfuch-2023-09')
    // Focus the link after the name, then Shift+Tab back onto the name: focus by keyboard.
    await page.locator('#claim-security-chief-title').focus()
    await page.keyboard.press('Shift+Tab')
    await expect(mention).toBeFocused()
    await expect(dated).toBeVisible()
    await expect(mention).toHaveAttribute('aria-expanded', 'true')

    await page.keyboard.press('Escape')
    await expect(openCards(page)).toHaveCount(0)
    await expect(mention).toBeFocused()
    await expect(mention).toHaveAttribute('aria-expanded', 'false')
    // Escape closed the card only: no claim opened, the name's link was not followed.
    await expect(page).toHaveURL(/\/$/)

    // Tab moves on through the text; the card closes as focus leaves the name.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(dated).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.locator('#claim-security-chief-title')).toBeFocused()
    await expect(openCards(page)).toHaveCount(0)

    // "Show every mention", from the card (its links are in who's who too, for the keyboard).
    const at = await centerOf(mention)
    await page.mouse.move(at.x, at.y, { steps: 2 })
    await expect(dated).toBeVisible()
    await dated.getByRole('link', { name: 'Show every mention' }).click()
    await expect(page).toHaveURL(/\?who=garcia-harfuch$/)
    await expect(openCards(page)).toHaveCount(0)
    await expect(page.locator('main article')).toHaveAttribute('data-active-who', 'garcia-harfuch')
  })
})

test.describe('on a 320 px touch screen', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true })

  test('the first tap opens the card as a bottom sheet clear of the name; a tap outside closes it; a link in it navigates', async ({
    page,
  }) => {
    await ready(page)
    const mention = page.locator(HARFUCH).nth(1)
    await mention.scrollIntoViewIfNeeded()
    await mention.tap()
    const undated = card(page, 'who-card-garcia-harfuch')
    await expect(undated).toBeVisible()
    // The tap opened the card instead of following the link.
    await expect(page).toHaveURL(/\/$/)
    // The undated card gives the role on the interview's real date only.
    await expect(undated).toContainText('19 December 2025, the interview’s real date')
    await expect(undated).not.toContainText('the article’s date')
    // A bottom sheet, the screen's full width, with the name left in sight above it.
    const sheet = await rectOf(undated)
    expect(sheet.left).toBeGreaterThanOrEqual(0)
    expect(sheet.right).toBeLessThanOrEqual(320)
    expect(Math.round(sheet.bottom)).toBe(640)
    const name = await rectOf(mention)
    expect(overlaps(sheet, name)).toBe(false)
    expect(name.top).toBeGreaterThanOrEqual(0)
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth).toBeLessThanOrEqual(320)

    // A tap outside (the page's margin beside the text, just above the sheet) closes it.
    await page.touchscreen.tap(3, sheet.top - 8)
    await expect(openCards(page)).toHaveCount(0)

    // Open again; the card's link to who's who navigates there.
    await mention.tap()
    await expect(undated).toBeVisible()
    await undated.getByRole('link', { name: 'In who’s who' }).tap()
    await expect(page).toHaveURL(/#who-garcia-harfuch$/)
    await expect(openCards(page)).toHaveCount(0)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a name is a plain link to its who’s-who entry, and no card shows', async ({ page }) => {
    await page.goto('/')
    const mention = firstHarfuch(page)
    await expect(mention).toHaveAttribute('href', '#who-garcia-harfuch')
    await expect(page.locator('.who-card')).toHaveCount(3)
    await expect(page.locator('.who-card').first()).toBeHidden()
    await mention.click()
    await expect(page).toHaveURL(/#who-garcia-harfuch$/)
    await expect(page.locator('#who-garcia-harfuch')).toBeInViewport()
    await expect(page.locator('#who-garcia-harfuch')).toContainText('Omar García Harfuch')
  })
})

test('in forced colors names and claims stay apart by their lines; print shows no card, even one left open', async ({
  page,
}) => {
  await ready(page)
  await page.emulateMedia({ forcedColors: 'active' })
  // Without color: a dotted line under a name, a solid one under a claim.
  await expect(firstHarfuch(page)).toHaveCSS('text-decoration-style', 'dotted')
  await expect(page.locator('#claim-security-chief-title')).toHaveCSS('text-decoration-style', 'solid')
  await page.emulateMedia({ forcedColors: 'none' })

  await firstHarfuch(page).focus()
  await expect(card(page, 'who-card-garcia-harfuch-2023-09')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(card(page, 'who-card-garcia-harfuch-2023-09')).toBeHidden()
  await expect(firstHarfuch(page)).toHaveCSS('text-decoration-line', 'none')
})

test('?who= makes a name’s mentions stand out and walks them; an unknown name is named in a notice', async ({
  page,
}) => {
  await ready(page, '/?who=garcia-harfuch')
  const article = page.locator('main article')
  await expect(article).toHaveAttribute('data-active-who', 'garcia-harfuch')
  await expect(page.locator('main .mention[data-who-match]')).toHaveCount(6)
  // A passage that does not name him steps back; one that does stays in full ink.
  const ink = await page.locator('#white-house-role').evaluate((p) => getComputedStyle(p).color)
  const dimmed = await page.locator('#key-figure').evaluate((p) => getComputedStyle(p).color)
  expect(ink).not.toBe(dimmed)

  const walk = page.getByRole('region', { name: 'Every mention' })
  await expect(walk).toContainText('Omar García Harfuch: 6 mentions')
  await walk.getByRole('button', { name: 'Next mention' }).click()
  await expect(page.locator('#mention-harfuch-interview')).toBeFocused()
  await walk.getByRole('button', { name: 'Next mention' }).click()
  await expect(page.locator('#mention-harfuch-tenure')).toBeFocused()
  await walk.getByRole('button', { name: 'Previous mention' }).click()
  await expect(page.locator('#mention-harfuch-interview')).toBeFocused()

  await walk.getByRole('button', { name: 'Show all' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(article).not.toHaveAttribute('data-active-who', /.*/)

  await page.goto('/?who=nobody')
  await waitForHydration(page)
  await expect(page.getByRole('status').filter({ hasText: 'No one named “nobody” in the text' })).toBeVisible()
  await expect(article).not.toHaveAttribute('data-active-who', /.*/)
})
