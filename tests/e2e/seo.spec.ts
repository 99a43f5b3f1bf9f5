import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// What search engines and link previews read: the built HTML as served, before any script runs.
test.use({ javaScriptEnabled: false })

const content = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content')

for (const path of ['/', '/sources']) {
  test(`${path} has its own title, description, canonical URL and link-preview tags`, async ({ page }) => {
    await page.goto(path)
    const title = await page.title()
    expect(title.length).toBeGreaterThan(10)
    const description = (await content(page, 'meta[name="description"]')) ?? ''
    expect(description.length).toBeGreaterThanOrEqual(50)
    expect(description.length).toBeLessThanOrEqual(160)

    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? ''
    const url = new URL(canonical)
    expect(url.protocol).toBe('https:')
    expect(url.pathname).toBe(path)
    expect(url.search + url.hash).toBe('')

    expect(await content(page, 'meta[property="og:title"]')).toBe(title)
    expect(await content(page, 'meta[property="og:description"]')).toBe(description)
    expect(await content(page, 'meta[property="og:url"]')).toBe(canonical)
    expect(await content(page, 'meta[property="og:type"]')).toBe(path === '/' ? 'article' : 'website')
    expect(await content(page, 'meta[property="og:site_name"]')).toBeTruthy()
    expect(await content(page, 'meta[name="twitter:card"]')).toBe('summary')
    expect(await content(page, 'meta[name="twitter:title"]')).toBe(title)
    expect(await content(page, 'meta[name="twitter:description"]')).toBe(description)
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
  })
}

test('the article and the sources page have different titles and descriptions', async ({ page }) => {
  await page.goto('/')
  const article = [await page.title(), await content(page, 'meta[name="description"]')]
  await page.goto('/sources')
  const sources = [await page.title(), await content(page, 'meta[name="description"]')]
  expect(sources[0]).not.toBe(article[0])
  expect(sources[1]).not.toBe(article[1])
})

test('every page declares its language, viewport, theme color and icon', async ({ page, request }) => {
  for (const path of ['/', '/sources']) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    expect(await content(page, 'meta[name="viewport"]')).toContain('width=device-width')
    await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(icon).toBeTruthy()
    const response = await request.get(icon ?? '')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('image/svg+xml')
  }
})

test('robots.txt is served as text and lets crawlers in', async ({ request }) => {
  const response = await request.get('/robots.txt')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/plain')
  const text = await response.text()
  expect(text).toMatch(/^User-agent: \*$/m)
  expect(text).not.toMatch(/^Disallow: \/\s*$/m)
})

test.describe('the not-found page', () => {
  test.use({ allowConsole: [/status of 404/] })

  test('asks not to be indexed and names no canonical URL', async ({ page }) => {
    const response = await page.goto('/no/such/page')
    expect(response?.status()).toBe(404)
    expect(await page.title()).toMatch(/^Page not found/)
    expect(await content(page, 'meta[name="robots"]')).toBe('noindex')
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
  })
})
