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
      page.on('pageerror', (error) => {
        if (!allowed(error.message)) problems.push(`pageerror: ${error.message}`)
      })
      await use(problems)
      expect(problems, 'console errors, warnings or page errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Resolves once React has hydrated the prerendered page (claim links then point to ?claim=). */
export async function waitForHydration(page: import('@playwright/test').Page) {
  await expect(page.locator('main [data-claim]').first()).toHaveAttribute('href', /\?claim=/)
}
