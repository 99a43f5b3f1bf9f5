import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { APIRequestContext, Page } from '@playwright/test'
import { writeCacheFirstWorker } from '../../scripts/cache-first-worker.mjs'
import { startDelayingProxy } from '../../scripts/delaying-proxy.mjs'
import { startStaticServer } from '../../scripts/static-server.mjs'
import { expect, test, underServiceWorker, waitForHydration } from './fixtures'
import { editions } from './support/editions'

test.describe('offline after a first visit', () => {
  test('the article, a claim’s context and the sources page open with the network gone', async ({ page, context }) => {
    await page.goto('/')
    await underServiceWorker(page)

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

// The next build, as the editors would publish it: one ruling corrected, its note updated, the
// correction logged and the explainer's updated date moved forward, in a copy of the content
// folder built with CONTENT_DIR.
const CORRECTED_RULING =
  'The ministry’s own budget fell, total security spending is proposed 0.7% higher in nominal terms, and training is on record as pledges.'
/** A date as the page writes it, e.g. "5 December 2026" (Intl, not the app's own formatter). */
const pageDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
/** The explainer's last update in this checkout: the date of the suite's own build. */
const CONTENT = 'content/mexico-security-chief'
const FIRST_ON = (() => {
  const updated = /^updated: (\d{4}-\d{2}-\d{2})$/m.exec(readFileSync(`${CONTENT}/publication.yaml`, 'utf8'))?.[1]
  if (!updated) throw new Error(`${CONTENT}/publication.yaml has no updated date`)
  return updated
})()
/** The day after it: a correction is always newer than what it corrects. */
const CORRECTED_ON = (() => {
  const next = new Date(`${FIRST_ON}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
})()
const CORRECTED_ON_TEXT = pageDate(CORRECTED_ON)

/** The article's content folder with the correction made as an editor makes it (README, "Editing the content"). */
function writeCorrectedContent(dir: string) {
  cpSync(CONTENT, dir, { recursive: true })
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(dir, file)
    const before = readFileSync(path, 'utf8')
    const after = change(before)
    expect(after, file).not.toBe(before)
    writeFileSync(path, after)
  }
  edit('claims/increased-funding.md', (note) =>
    note
      .replace(/^ruling: .*$/m, () => `ruling: ${JSON.stringify(CORRECTED_RULING)}`)
      .replace(/^updated: .*$/m, `updated: ${CORRECTED_ON}`),
  )
  const entry = `- id: funding-ruling-shortened\n  date: ${CORRECTED_ON}\n  claimIds: [increased-funding]\n  what: The ruling is shorter.\n  why: It repeated its note.\n`
  edit('corrections.yaml', (log) => entry + log)
  // The Spanish edition carries the same correction, dated alike (the build holds it to the English).
  edit('es/claims/increased-funding.md', (note) => note.replace(/^updated: .*$/m, `updated: ${CORRECTED_ON}`))
  const spanishEntry = `- id: funding-ruling-shortened\n  date: ${CORRECTED_ON}\n  claimIds: [increased-funding]\n  what: La conclusión es más breve.\n  why: Repetía su nota.\n`
  edit('es/corrections.yaml', (log) => spanishEntry + log)
  edit('publication.yaml', (dates) => dates.replace(/^updated: .*$/m, `updated: ${CORRECTED_ON}`))
}

/** The build that `dir` holds, as its pages name it on <html data-build>. */
const buildOf = (dir: string) =>
  readFileSync(join(dir, 'index.html'), 'utf8').match(/<html lang="en" data-build="([^"]+)"/)?.[1]

/** The build the page's HTML and the page's scripts each say they are. */
const pageBuilds = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.dataset.build,
    scripts: document.documentElement.dataset.scriptBuild,
  }))

/** The build the service worker controlling the page serves. */
const workerBuild = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | undefined>((done) => {
        const worker = navigator.serviceWorker.controller
        if (!worker) return done(undefined)
        const channel = new MessageChannel()
        channel.port1.onmessage = (event: MessageEvent<{ id: string }>) => done(event.data.id)
        worker.postMessage({ type: 'build?' }, [channel.port2])
      }),
  )

test.describe('a new build', () => {
  // The cases share two builds (the suite's, and a next one built here once) and one host that
  // publishes either, so they run one after the other.
  test.describe.configure({ mode: 'serial' })
  const firstDir = process.env.DIST_DIR ?? 'dist'
  const nextDir = `${firstDir}-next`
  let first: string | undefined
  let next: string | undefined
  let served: string
  let host: { url: string; stop: () => Promise<void> }
  let site: { url: string; stop: () => Promise<void> }
  /** How long the host takes to answer for a page (ms). */
  let pageDelay = 0
  /** Publishes a build as a host does: the site's files replaced by the build's, old ones gone. */
  const publish = (dir: string) => {
    rmSync(served, { recursive: true, force: true })
    cpSync(dir, served, { recursive: true })
  }

  test.beforeAll(async () => {
    // Building takes about 6 s on an idle machine; the suite's other browsers share its cores.
    test.setTimeout(180_000)
    const contentDir = `${firstDir}-next-content`
    writeCorrectedContent(contentDir)
    // Without NODE_ENV, as scripts/measure.mjs builds: a "development" inherited from the test
    // runner would bundle React's development build.
    const { NODE_ENV: _runnerMode, ...inherited } = process.env
    execFileSync('npm', ['run', 'build'], {
      env: {
        ...inherited,
        DIST_DIR: nextDir,
        CONTENT_DIR: contentDir,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      },
      stdio: 'pipe',
    })
    first = buildOf(firstDir)
    next = buildOf(nextDir)
    served = mkdtempSync(join(tmpdir(), 'published-'))
    host = await startStaticServer({ dir: served })
    site = await startDelayingProxy({
      target: Number(new URL(host.url).port),
      port: Number(process.env.E2E_PORT ?? 4173) + 50,
      // Pages only (not scripts), and only while a test makes the host slow.
      delayFor: (path) => (path === '/' || path.startsWith('/?') ? pageDelay : 0),
    })
  })
  test.afterAll(async () => {
    await site?.stop()
    await host?.stop()
    if (served) rmSync(served, { recursive: true, force: true })
  })
  test.beforeEach(() => {
    test.setTimeout(60_000)
    // Two different builds, the next one later: the test would prove nothing otherwise.
    expect(first).toMatch(/^\d{4}-/)
    expect((next ?? '') > (first ?? '')).toBe(true)
    pageDelay = 0
  })

  test.describe('a reader of the first build', () => {
    test.beforeEach(async ({ page }) => {
      publish(firstDir)
      await page.goto(site.url)
      await waitForHydration(page)
      // The worker installs by keeping the site on the device, then takes the page over.
      await expect.poll(() => workerBuild(page)).toBe(first)
      expect(await pageBuilds(page)).toEqual({ html: first, scripts: first })
    })

    test('a returning reader gets the corrected ruling on their next load, and keeps it offline', async ({
      page,
      context,
    }) => {
      publish(nextDir)
      await page.goto(`${site.url}?claim=increased-funding`)
      await waitForHydration(page)
      expect(await pageBuilds(page)).toEqual({ html: next, scripts: next })
      await expect(page.getByRole('dialog', { name: 'Context' })).toContainText(CORRECTED_RULING)

      // That load brought the next build's worker, which takes over; the page is already its build,
      // so no notice says it was updated.
      await expect.poll(() => workerBuild(page)).toBe(next)
      await expect(page.locator('[data-update-notice]')).toHaveCount(0)

      await context.setOffline(true)
      await page.reload()
      await waitForHydration(page)
      expect(await pageBuilds(page)).toEqual({ html: next, scripts: next })
      await expect(page.getByRole('dialog', { name: 'Context' })).toContainText(CORRECTED_RULING)
      await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveText(
        `Offline copy: this is the version of ${CORRECTED_ON_TEXT} saved on this device.Dismiss`,
      )
      await page.goto(`${site.url}sources`)
      await expect(page.getByRole('heading', { name: 'Where the facts come from' })).toBeVisible()
      expect(await pageBuilds(page)).toEqual({ html: next, scripts: next })
    })

    test('an open tab is told, keeps running its own build, and reloads into the new one', async ({
      page,
      request,
    }) => {
      // A lazy chunk this tab has not loaded yet, which the next build no longer has.
      const help = readdirSync(join(firstDir, 'assets')).find((name) => name.startsWith('shortcuts-help-'))
      expect(help).toBeDefined()
      expect(readdirSync(join(nextDir, 'assets'))).not.toContain(help)

      publish(nextDir)
      // The reader comes back to the tab: the page looks for a new build.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      const notice = page.getByRole('status').filter({ hasText: 'updated' })
      await expect(notice).toHaveText(new RegExp(`This explainer was updated on ${CORRECTED_ON_TEXT}\\.`))
      await expect(notice.getByRole('link', { name: 'What changed: the corrections log' })).toHaveAttribute(
        'href',
        '/sources#corrections',
      )
      // Told, not moved: focus stays where it was, and the page is still the build it loaded.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
      expect(await pageBuilds(page)).toEqual({ html: first, scripts: first })
      expect(await workerBuild(page)).toBe(next)

      // Its code keeps working: the chunk it now asks for comes from the device, not the host, once
      // the next build's worker has activated (and dropped the files of builds it no longer keeps).
      expect((await request.get(`${site.url}assets/${help}`)).status()).toBe(404)
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
        .toBe('activated')
      const chunk = page.waitForResponse((response) => response.url().endsWith(`/assets/${help}`))
      await page.keyboard.press('?')
      expect((await chunk).fromServiceWorker()).toBe(true)
      expect((await chunk).status()).toBe(200)
      await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible()
      await page.keyboard.press('Escape')

      const reload = notice.getByRole('button', { name: 'Reload' })
      await reload.focus()
      await page.keyboard.press('Enter')
      await waitForHydration(page)
      expect(await pageBuilds(page)).toEqual({ html: next, scripts: next })
      await expect(page.locator('[data-update-notice]')).toHaveCount(0)
      await page.goto(`${site.url}?claim=increased-funding`)
      await waitForHydration(page)
      await expect(page.getByRole('dialog', { name: 'Context' })).toContainText(CORRECTED_RULING)
    })

    test('a network that does not answer within 2 s gets the copy on the device, which says so', async ({ page }) => {
      publish(nextDir)
      // The host's pages take 5 s to answer; the worker waits 2 s for them.
      pageDelay = 5000
      const started = Date.now()
      await page.goto(site.url, { waitUntil: 'commit' })
      const waited = Date.now() - started
      await waitForHydration(page)
      expect(await pageBuilds(page)).toEqual({ html: first, scripts: first })
      expect(waited).toBeLessThan(4500)
      await expect(page.getByRole('status').filter({ hasText: 'Offline copy' })).toContainText(
        `this is the version of ${pageDate(FIRST_ON)} saved on this device.`,
      )
    })

    test('the notice is dismissed with its button, and nothing reloads on its own', async ({ page }) => {
      publish(nextDir)
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      const notice = page.getByRole('status').filter({ hasText: 'updated' })
      await expect(notice).toBeVisible()
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        const results = await new AxeBuilder({ page }).include('#site-notices').analyze()
        expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([])
      }
      // In forced colors too, the focused button shows its focus.
      await page.emulateMedia({ forcedColors: 'active' })
      const dismiss = notice.getByRole('button', { name: 'Dismiss' })
      await dismiss.focus()
      expect(await dismiss.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none')
      await dismiss.click()
      await expect(notice).toHaveCount(0)
      await expect(page.locator('#main')).toBeFocused()
      expect(await pageBuilds(page)).toEqual({ html: first, scripts: first })
    })
  })

  test('a tab the cache-first worker served keeps loading its code after the first network-first build', async ({
    page,
  }) => {
    // The worker readers had before pages went to the network first.
    publish(firstDir)
    await writeCacheFirstWorker(served)
    await page.goto(site.url)
    await underServiceWorker(page)
    const help = readdirSync(join(firstDir, 'assets')).find((name) => name.startsWith('shortcuts-help-'))

    publish(nextDir)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await expect(page.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
      new RegExp(`This explainer was updated on ${CORRECTED_ON_TEXT}\\.`),
    )
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state))
      .toBe('activated')
    expect(await pageBuilds(page)).toEqual({ html: first, scripts: first })
    // The old worker's precache is gone; its hashed files were kept.
    expect(
      await page.evaluate(async () => (await caches.keys()).filter((name) => name.includes('-precache-'))),
    ).toEqual([])
    const chunk = page.waitForResponse((response) => response.url().endsWith(`/assets/${help}`))
    await page.keyboard.press('?')
    expect((await chunk).status()).toBe(200)
    await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible()
  })
})

test.describe('installing', () => {
  test('each edition’s manifest names the app in its language, starts at its home and lists icons that are served', async ({
    page,
    request,
  }) => {
    const names = new Set<string>()
    for (const { base: home, lang } of editions) {
      await page.goto(home)
      const href = await page.locator('link[rel="manifest"]').getAttribute('href')
      const response = await request.get(href ?? '')
      expect(response.status()).toBe(200)
      const manifest = (await response.json()) as {
        name: string
        lang: string
        start_url: string
        scope: string
        display: string
        icons: { src: string; sizes: string; type: string }[]
      }
      expect(manifest).toMatchObject({ lang, start_url: home, scope: home, display: 'standalone' })
      expect(manifest.name.length).toBeGreaterThan(5)
      names.add(manifest.name)
      await checkIcons(request, manifest.icons)
    }
    expect(names.size, 'each edition names the app in its own language').toBe(editions.length)
  })

  async function checkIcons(request: APIRequestContext, icons: { src: string; sizes: string; type: string }[]) {
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of icons) {
      const file = await request.get(icon.src)
      expect(file.status(), icon.src).toBe(200)
      expect(file.headers()['content-type']).toContain(icon.type)
    }
  }

  test('the worker keeps each page by a hash of its content, and names the build its pages are', async ({
    request,
  }) => {
    const worker = await (await request.get('/sw.js')).text()
    const pages = editions.flatMap(({ base }) => [`${base.slice(1)}index.html`, `${base.slice(1)}sources.html`])
    expect(pages.length).toBe(editions.length * 2)
    for (const page of pages) {
      expect(worker).toMatch(new RegExp(`"url":"${page.replace('.', '\\.')}","revision":"[0-9a-f]{32}"`))
    }
    const home = await (await request.get('/')).text()
    const scripts = [...home.matchAll(/<script type="module"[^>]*src="\/(assets\/[^"]+)"/g)].map(([, script]) => script)
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(worker).toContain(`"url":"${script}","revision":null`)
    const build = home.match(/<html lang="en" data-build="([^"]+)"/)?.[1]
    expect(build).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(worker).toContain(`const BUILD = {"id":"${build}",`)
  })
})
