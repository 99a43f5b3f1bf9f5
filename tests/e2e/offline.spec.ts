import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPreview } from '../../scripts/preview-server.mjs'
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
    await expect(dialog).toContainText('Our ruling:')

    await page.goto('/sources')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Where the facts come from' })).toBeVisible()
    await expect(page.getByRole('link', { name: /opens in a new tab/ }).first()).toBeVisible()
  })
})

test.describe('a new build', () => {
  // A site of its own, served from a copy of the build, so this test can publish a "next build"
  // into it without touching the one the other tests read.
  let site: { url: string; stop: () => void; dir: string }
  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'next-build-'))
    cpSync(process.env.DIST_DIR ?? 'dist', dir, { recursive: true })
    const port = Number(process.env.E2E_PORT ?? 4173) + 50
    site = { dir, ...(await startPreview({ dir, port, label: 'offline.spec' })) }
  })
  test.afterAll(() => {
    site.stop()
    rmSync(site.dir, { recursive: true, force: true })
  })

  test('waits until no tab uses the old one, then serves its own pages, the old ones gone', async ({
    page,
    context,
  }) => {
    await page.goto(site.url)
    await waitForHydration(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    // The next build is published: the article page changed (a marker in its head), so its
    // worker lists the page under a new revision.
    const worker = readFileSync(join(site.dir, 'sw.js'), 'utf8')
    const html = readFileSync(join(site.dir, 'index.html'), 'utf8')
    const nextWorker = worker.replace(/(url:"index\.html",revision:")[0-9a-f]{32}/, `$1${'f'.repeat(32)}`)
    expect(nextWorker).not.toBe(worker)
    writeFileSync(join(site.dir, 'index.html'), html.replace('</head>', '<meta name="build" content="next"></head>'))
    writeFileSync(join(site.dir, 'sw.js'), nextWorker)

    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    // Installed, the next worker waits: the open tab keeps the build it started with, even on reload.
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))
      .toBe(true)
    await page.reload()
    await waitForHydration(page)
    await expect(page.locator('meta[name="build"]')).toHaveCount(0)

    // Once the last tab has closed, the next visit is the new build's, offline too.
    await page.close()
    const next = await context.newPage()
    await context.setOffline(true)
    await expect
      .poll(async () => {
        await next.goto(site.url)
        return next.locator('meta[name="build"][content="next"]').count()
      })
      .toBe(1)
    await waitForHydration(next)
    await expect(next.getByRole('heading', { level: 1 })).toHaveText(/Mexico’s Security Chief/)
    // One precache, holding the new page only.
    const cached = await next.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.includes('precache'))
      const pages: string[] = []
      for (const name of names) {
        const cache = await caches.open(name)
        for (const key of await cache.keys()) {
          if (new URL(key.url).pathname === '/index.html') pages.push((await (await cache.match(key))?.text()) ?? '')
        }
      }
      return { names: names.length, pages: pages.map((text) => text.includes('<meta name="build" content="next">')) }
    })
    expect(cached).toEqual({ names: 1, pages: [true] })
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
    const scripts = [...home.matchAll(/<script type="module"[^>]*src="\/(assets\/[^"]+)"/g)].map((match) => match[1])
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(worker).toContain(`url:"${script}"`)
    // Workbox's cleanupOutdatedCaches: on activation, precaches of older builds are deleted.
    expect(worker).toContain('"-precache-"')
  })
})
