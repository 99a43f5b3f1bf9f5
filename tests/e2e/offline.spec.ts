import { expect, test, waitForHydration } from './fixtures'

test.describe('offline after a first visit', () => {
  test('the article, a claim’s context and the sources page open with the network gone', async ({ page, context }) => {
    await page.goto('/')
    await waitForHydration(page)
    // The worker installs by precaching the site; once it is active, a reload puts the page under it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await context.setOffline(true)
    await page.reload()
    await waitForHydration(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mexico’s Security Chief/)
    await expect(page.locator('main [data-passage]')).toHaveCount(7)

    await page.goto('/?claim=increased-funding')
    await waitForHydration(page)
    const dialog = page.getByRole('dialog', { name: 'Context' })
    await expect(dialog.getByText(/^Key claim \d+ of \d+/)).toBeVisible()
    await expect(dialog).toContainText('Record check:')

    await page.goto('/sources')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Where the facts come from' })).toBeVisible()
    await expect(page.getByRole('link', { name: /opens in a new tab/ }).first()).toBeVisible()
  })
})

test.describe('installing', () => {
  test('the manifest names the app and its icons, and each icon is served', async ({ page, request }) => {
    await page.goto('/')
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    const response = await request.get(href ?? '')
    expect(response.status()).toBe(200)
    const manifest = (await response.json()) as {
      name: string
      start_url: string
      display: string
      icons: { src: string; sizes: string; type: string }[]
    }
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' })
    expect(manifest.name.length).toBeGreaterThan(5)
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src)
      expect(file.status(), icon.src).toBe(200)
      expect(file.headers()['content-type']).toContain(icon.type)
    }
  })

  test('the worker precaches each page by a hash of its content, so a new build replaces them', async ({ request }) => {
    const worker = await (await request.get('/sw.js')).text()
    for (const page of ['index.html', 'sources.html']) {
      expect(worker).toMatch(new RegExp(`url:"${page.replace('.', '\\.')}",revision:"[0-9a-f]{32}"`))
    }
    const home = await (await request.get('/')).text()
    for (const [, script] of home.matchAll(/<script type="module"[^>]*src="\/(assets\/[^"]+)"/g)) {
      expect(worker).toContain(`url:"${script}"`)
    }
    // Workbox's cleanupOutdatedCaches: on activation, precaches of older builds are deleted.
    expect(worker).toContain('"-precache-"')
  })
})
