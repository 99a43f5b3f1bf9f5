#!/usr/bin/env node
// `npm run screenshots`: pictures of the real app for the README and the web app manifest, taken
// in Chromium from a production build: the desktop and phone layouts, with a theme on and a claim
// open, in light and dark, and the Spanish edition's first screen and a claim open in Spanish. Writes public/screenshots/*.png (the manifest lists them too, so an
// install dialog can show them); rerun after a visible change and commit the pictures.
//
//   node scripts/screenshots.mjs [--no-build]
//
// Environment: CHROME_PATH (else Debian's or the packaged Chromium: scripts/chromium.mjs), SCREENSHOTS_DIST_DIR (default
// dist-screenshots), SCREENSHOTS_PORT (default 4330).
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { buildApp, findChromium } from './measure.mjs'
import { startStaticServer } from './static-server.mjs'

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } })
const { chromiumArgs, chromiumPath } = await findChromium('screenshots')
const distDir = process.env.SCREENSHOTS_DIST_DIR ?? 'dist-screenshots'
const port = Number(process.env.SCREENSHOTS_PORT ?? 4330)
const outDir = resolve('public/screenshots')
if (!args['no-build']) {
  console.log(`screenshots: building into ${distDir}/ …`)
  const build = buildApp(distDir)
  if (!build.ok) {
    console.error(`${build.output}\nscreenshots: the build failed (above)`)
    process.exit(1)
  }
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`screenshots: ${distDir}/index.html is missing; run without --no-build`)
  process.exit(1)
}

const desktop = { width: 1280, height: 800 }
const firstScreen = { width: 1280, height: 860 }
const phone = { width: 390, height: 844 }
// Phones are touch screens: the layout then offers what a finger can use (no shortcuts).
const touch = (viewport) => viewport === phone
/**
 * Each picture: the URL it opens (state a reader could share), the viewport, the color scheme,
 * and what to do before the picture so it shows what its caption says.
 */
const shots = [
  {
    file: 'desktop-first-screen.png',
    path: '/',
    viewport: firstScreen,
    scheme: 'light',
    ready: (page) => page.locator('main [data-passage]').first(),
  },
  {
    file: 'phone-first-screen.png',
    path: '/',
    viewport: phone,
    scheme: 'light',
    ready: (page) => page.getByRole('button', { name: /^Contents/ }),
  },
  {
    file: 'desktop-claim.png',
    path: '/?theme=law-enforcement&claim=leader-captures',
    viewport: desktop,
    scheme: 'light',
    ready: (page) => page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/),
  },
  {
    file: 'desktop-theme-dark.png',
    path: '/?theme=cooperation',
    viewport: desktop,
    scheme: 'dark',
    ready: async (page) => {
      // Walk to the theme's second passage, as a reader would with Next.
      const themes = page.getByRole('complementary', { name: 'Themes' })
      await themes.getByRole('button', { name: 'Next passage' }).click()
      await themes.getByRole('button', { name: 'Next passage' }).click()
      return themes.getByText(/^2 of \d+/)
    },
  },
  {
    file: 'phone-theme.png',
    path: '/?theme=community-impact#impact-on-communities-and-public-safety',
    viewport: phone,
    scheme: 'light',
    ready: (page) => page.locator('main article[data-active-theme="community-impact"]'),
  },
  {
    file: 'desktop-timeline.png',
    path: '/#timeline',
    viewport: firstScreen,
    scheme: 'light',
    ready: (page) => page.locator('#timeline .timeline-overview'),
  },
  {
    file: 'desktop-claim-chart.png',
    path: '/?claim=increased-funding',
    viewport: firstScreen,
    scheme: 'dark',
    ready: async (page) => {
      // The context's own chart, scrolled into the side column's view.
      const chart = page.getByRole('dialog', { name: 'Context' }).locator('[data-figure]').first()
      await chart.scrollIntoViewIfNeeded()
      return chart
    },
  },
  {
    file: 'desktop-card.png',
    path: '/',
    viewport: desktop,
    scheme: 'light',
    ready: async (page) => {
      // A reader rests the pointer on the first name: its card opens after half a second.
      const name = await restOnName(page, '#mention-harfuch-interview', { scrollBy: -120 })
      await page.mouse.move(name.x, name.y, { steps: 2 })
      return page.locator('#who-card-garcia-harfuch-2023-09')
    },
  },
  {
    file: 'phone-card.png',
    path: '/',
    viewport: phone,
    scheme: 'light',
    ready: async (page) => {
      // The first tap on a name opens its card as a bottom sheet, the name in sight above it.
      await restOnName(page, '#mention-harfuch-white-house', { scrollBy: 0 })
      await page.locator('#mention-harfuch-white-house').tap()
      return page.locator('#who-card-garcia-harfuch')
    },
  },
  // The Spanish edition: its first screen, our translation marked as ours, and a claim open.
  {
    file: 'es-desktop-first-screen.png',
    path: '/es/',
    viewport: firstScreen,
    scheme: 'light',
    ready: (page) => page.locator('main [data-passage]').first(),
  },
  {
    file: 'es-desktop-claim.png',
    path: '/es/?claim=increased-funding',
    viewport: desktop,
    scheme: 'light',
    ready: (page) => page.getByRole('dialog', { name: 'Contexto' }).getByText(/^Afirmación clave \d+ de \d+/),
  },
  {
    file: 'phone-claim.png',
    path: '/?claim=nyt-interview-date',
    viewport: phone,
    scheme: 'dark',
    ready: (page) => page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/),
  },
]

/**
 * Waits until the names' listeners run (a name says `aria-expanded`), brings the name into view
 * (then scrolls by `scrollBy`) and returns the middle of its first line.
 */
async function restOnName(page, selector, { scrollBy }) {
  const name = page.locator(selector)
  await page.waitForFunction((s) => document.querySelector(s)?.hasAttribute('aria-expanded'), selector)
  await name.scrollIntoViewIfNeeded()
  await page.evaluate((top) => window.scrollBy({ top, behavior: 'instant' }), scrollBy)
  return name.evaluate((element) => {
    const line = element.getClientRects()[0]
    return { x: (line?.left ?? 0) + (line?.width ?? 0) / 2, y: (line?.top ?? 0) + (line?.height ?? 0) / 2 }
  })
}

mkdirSync(outDir, { recursive: true })
const server = await startStaticServer({ dir: distDir, port })
const { url } = server
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      hasTouch: touch(shot.viewport),
      isMobile: touch(shot.viewport),
      colorScheme: shot.scheme,
      reducedMotion: 'reduce',
      // No service worker: every picture comes from the build being served, never from a cache.
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    await page.goto(new URL(shot.path, url).toString())
    // Hydrated: the claim links have switched to in-place opening (as tests/e2e/fixtures.ts waits).
    await page.waitForFunction(() =>
      document.querySelector('main [data-claim]')?.getAttribute('href')?.includes('?claim='),
    )
    const ready = await shot.ready(page)
    await ready.waitFor({ state: 'visible', timeout: 15_000 })
    // Fonts and the smooth scroll (off with reduced motion) settle within a frame or two.
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(300)
    const file = join(outDir, shot.file)
    await page.screenshot({ path: file })
    console.log(
      `screenshots: ${shot.path} (${shot.viewport.width}×${shot.viewport.height}, ${shot.scheme}) -> public/screenshots/${shot.file}`,
    )
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
