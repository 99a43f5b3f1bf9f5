import { test as base, expect } from '@playwright/test'

/**
 * Every browser test fails on any console error or warning, uncaught exception or failed
 * request: a hydration mismatch, a CSP violation or a missing asset cannot pass unnoticed.
 * A test that provokes one on purpose lists what it expects in `allowConsole`.
 */
export const test = base.extend<{ allowConsole: RegExp[]; consoleProblems: string[] }>({
  allowConsole: [[], { option: true }],
  consoleProblems: [
    async ({ page, allowConsole }, use) => {
      const problems: string[] = []
      const allowed = (text: string) => allowConsole.some((pattern) => pattern.test(text))
      page.on('console', (message) => {
        const type = message.type()
        if ((type === 'error' || type === 'warning') && !allowed(message.text())) {
          problems.push(`${type}: ${message.text()}`)
        }
      })
      // The console says only "Failed to load resource: 404": a failure names the addresses too.
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
      })
      page.on('pageerror', (error) => {
        if (!allowed(error.message)) problems.push(`pageerror: ${error.message}`)
      })
      await use(problems)
      const responses = failed.length > 0 ? ` (responses: ${failed.join(', ')})` : ''
      expect(problems, `console errors, warnings or page errors${responses}`).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

type Page = import('@playwright/test').Page

/**
 * Resolves once every island of a prerendered page has hydrated: the app marks `<html
 * data-hydrated>` then (main.tsx). Hydration takes about 0.3 s on an idle machine and was seen near
 * 4 s with two browsers and the build sharing two cores; 15 s is headroom over that, not a wait.
 */
export async function waitForIslands(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 15_000 })
}

/**
 * Resolves once the article page runs: its islands have hydrated, the reader has connected the
 * static article (claim links then point to `?claim=`; before, they point to their endnotes), and
 * the parts after the article have been built (components/after-first-paint.tsx).
 */
export async function waitForHydration(page: Page) {
  await waitForIslands(page)
  await expect(page.locator('main [data-claim]').first()).toHaveAttribute('href', /\?claim=/)
  await expect(page.locator('noscript[data-after-first-paint]')).toHaveCount(0)
}

/**
 * Resolves once the service worker controls the page, hydrated again: the worker installs by
 * keeping the site on the device, and once it is active a reload puts the page under it.
 */
export async function underServiceWorker(page: Page) {
  await waitForHydration(page)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await waitForHydration(page)
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

/** The claims the page shows highlighted, as a reader sees them: those whose mark has a background. */
export function highlightedClaims(page: Page): Promise<string[]> {
  return page
    .locator('main mark.claim')
    .evaluateAll((marks) =>
      marks
        .filter((mark) => getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((mark) => mark.querySelector('a')?.dataset.claim ?? ''),
    )
}

/**
 * The ids of the passages the theme lens marks, as a reader sees them: those drawn with the
 * lens's bar (CSS, from the lens on the article element), in page order.
 */
export async function markedPassages(page: Page): Promise<string[]> {
  return page
    .locator('main [data-passage]')
    .evaluateAll((passages) => passages.filter((p) => getComputedStyle(p).boxShadow !== 'none').map((p) => p.id))
}

/**
 * Resolves once the page has stopped scrolling: the scroll position held still for five frames
 * running (a smooth scroll moves it every frame). Fails after `timeout` ms of movement.
 */
export async function scrollSettled(page: Page, timeout = 5_000) {
  await page.evaluate(
    (limit) =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now()
        let last = window.scrollY
        let still = 0
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0
          last = window.scrollY
          if (still >= 5) resolve()
          else if (performance.now() - started > limit) reject(new Error('the page kept scrolling'))
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    timeout,
  )
}
