import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expect, test, waitForHydration, waitForIslands } from './fixtures'

const pages = [
  { path: '/', status: 200 },
  { path: '/sources', status: 200 },
  { path: '/no/such/page', status: 404 },
]

/** The value of one directive of a policy, e.g. "'self' 'sha256-…'" for script-src. */
function directive(policy: string, name: string): string | undefined {
  for (const part of policy.split(';')) {
    const [key, ...values] = part.trim().split(/\s+/)
    if (key === name) return values.join(' ')
  }
  return undefined
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\ssrc=/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '')

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI}`)
    })
  })
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
}

for (const { path, status } of pages) {
  test.describe(`${path}`, () => {
    test.use({ allowConsole: status === 404 ? [/status of 404/] : [] })

    test('is served with a script policy that allows no inline or eval code, and the other security headers', async ({
      request,
    }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(status)
      const headers = response.headers()
      const policy = headers['content-security-policy'] ?? ''
      const scriptSrc = directive(policy, 'script-src')
      expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
      // Style attributes of the prerendered markup may be allowed one by one ('unsafe-hashes'), never wholesale.
      expect(directive(policy, 'style-src')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/)
      expect(directive(policy, 'frame-ancestors')).toBe("'none'")
      expect(directive(policy, 'object-src')).toBe("'none'")
      expect(directive(policy, 'connect-src')).toBe("'self'")
      expect(directive(policy, 'worker-src')).toBe("'self'")
      expect(directive(policy, 'img-src')).toBe("'self' data:")
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')

      // Every inline script of the page is allowed by its hash, in the header and in the page's own policy.
      const html = await response.text()
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
      expect(meta, 'a CSP <meta> tag').toBeDefined()
      const metaPolicy = (meta ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
      expect(directive(metaPolicy, 'script-src')).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
      expect(directive(metaPolicy, 'frame-ancestors'), 'ignored in <meta>, with a console error').toBeUndefined()
      const scripts = inlineScripts(html)
      expect(scripts.length).toBeGreaterThan(0)
      for (const script of scripts) {
        expect(scriptSrc).toContain(hashSource(script))
        expect(directive(metaPolicy, 'script-src')).toContain(hashSource(script))
      }
      // The meta policy precedes every script, or the scripts before it would escape it.
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'))
    })

    test('loads and hydrates with no policy violation', async ({ page }) => {
      const violations = await recordViolations(page)
      const response = await page.goto(path)
      expect(response?.status()).toBe(status)
      if (path === '/') await waitForHydration(page)
      else await waitForIslands(page)
      expect(await violations()).toEqual([])
    })
  })
}

test.describe('injected code', () => {
  // One pattern: Playwright reads a two-element array in test.use() as [value, options].
  test.use({ allowConsole: [/Executing inline (script|event handler) violates/] })

  test('an injected inline script does not run', async ({ page }) => {
    const violations = await recordViolations(page)
    await page.goto('/')
    await waitForHydration(page)
    const added = await page.addScriptTag({ content: 'window.__injected = true' }).then(
      () => 'ran',
      (error: Error) => error.message,
    )
    expect(added).toContain('violates the following Content Security Policy directive')
    expect(await page.evaluate(() => '__injected' in window)).toBe(false)
    expect(await violations()).toContain('script-src-elem blocked inline')
  })

  test('markup with an event handler, inserted into the page, does not run its handler', async ({ page }) => {
    const violations = await recordViolations(page)
    await page.goto('/')
    await waitForHydration(page)
    await page.evaluate(() => {
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="/icon.svg" onload="window.__handlerRan = true">'
      document.body.append(holder)
    })
    await expect(page.locator('img[src="/icon.svg"]')).toHaveJSProperty('complete', true)
    await expect.poll(violations).toContain('script-src-attr blocked inline')
    expect(await page.evaluate(() => '__handlerRan' in window)).toBe(false)
  })
})
