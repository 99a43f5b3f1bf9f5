#!/usr/bin/env node
// `npm run bench`: how the reader scales with the size of the article. For synthetic articles 1×,
// 10× and 100× the real one (scripts/bench/content.mjs), it writes a content folder and builds the app from it
// (CONTENT_DIR, see vite.config.ts), serves it with the static host the Lighthouse script uses
// (scripts/static-server.mjs) and measures in Chromium:
//
//   build      wall time of `npm run build` (client + server build + prerender)
//   HTML, JS   gzip size of / and of the JavaScript it loads before it is interactive
//   parsed     ms from navigation start until the document is parsed (`domInteractive`): the
//              HTML's own cost, which a plain page of the same length pays too
//   hydrated   ms from navigation start until the page runs: every island has hydrated
//              (`<html data-hydrated>`) and the claim links have switched to `?claim=`
//   hydrate    hydrated − parsed: the time the app's scripts take once the document is there
//   TBT        total blocking time: each long task's time beyond 50 ms, from navigation start
//              until the page is hydrated, the network has been idle for 0.5 s and its parts
//              after the article are built; the interactions below come after that
//   claim INP  Event Timing duration of the click that opens a claim (input to next paint);
//              "<16" when the browser reports none (it reports only durations of 16 ms or more)
//   →dialog    ms from that click to the first frame that shows the dialog
//   theme INP, →lens   the same for turning on the Cooperation theme, read from the middle of the
//              article (the sections on screen take the lens)
//   →all       ms from that click to the first frame in which every section of the article has the lens
//   card INP, →card    the same for opening a name's card from the keyboard (Shift+Tab onto the
//              first name that has one, from the link after it): the keydown to the first frame
//              that shows the card
//
// Each browser figure is the median of --runs (default 5) page loads, desktop width 1280 px, no
// throttling. Targets: claim and theme ≤ 24 ms at 1× and ≤ 50 ms at 100×; hydrated at 100× no
// more than 3× hydrated at 1×; TBT ≤ 50 ms. Not part of `npm test`.
//
//   node scripts/bench/run.mjs [--scales 1,10,100] [--runs 5]
//
// Environment: CHROME_PATH (scripts/chromium.mjs), BENCH_PORT (default 4320; each scale takes the next port).
// Output also goes to dist-bench/results.txt (a scratch file, like everything in dist-bench/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { writeContentFolder } from '../content/write-content.mjs'
import { loadSourceModule } from '../load-content.mjs'
import { buildApp, findChromium, median } from '../measure.mjs'
import { startStaticServer } from '../static-server.mjs'
import { contentFolderFiles, scaleContent } from './content.mjs'

const { values: args } = parseArgs({
  options: { scales: { type: 'string', default: '1,10,100' }, runs: { type: 'string', default: '5' } },
})
const scales = args.scales.split(',').map(Number)
const runs = Number(args.runs)
if (scales.some((n) => !Number.isInteger(n) || n < 1 || n > 500) || !Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --scales takes whole numbers from 1 to 500 (got "${args.scales}"), --runs a whole number ≥ 1`)
  process.exit(1)
}
const { chromiumArgs, chromiumPath } = await findChromium('bench')
const benchDir = resolve('dist-bench')
const basePort = Number(process.env.BENCH_PORT ?? 4320)
const lines = []
const log = (line = '') => {
  console.log(line)
  lines.push(line)
}

const realDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const { modules } = (await loadSourceModule('scripts/content/load-content.ts')).loadContent(realDir)
const real = {
  article: modules.article,
  claims: modules.claims,
  claimNotes: modules.claimNotes,
  editorial: modules.editorial,
  corrections: modules.corrections,
  themeReasons: modules.themeReasons,
}
const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024

/** The entry chunk and its static imports: what / loads before it is interactive (as budgets.mjs). */
function initialJsKB(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  const seen = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) return
    seen.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  return [...seen].reduce((sum, file) => sum + gzipKB(join(outDir, file)), 0)
}

// In the page, from before its first script: Event Timing entries, long tasks, and the moment the
// page runs (the same readiness the browser tests wait for, tests/e2e/fixtures.ts).
function instrument() {
  const bench = { events: [], longTasks: [], hydratedAt: null }
  Object.defineProperty(window, '__bench', { value: bench })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.events.push({ name: entry.name, id: entry.interactionId, start: entry.startTime, duration: entry.duration })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const hydrated = () =>
    document.documentElement.hasAttribute('data-hydrated') &&
    document.querySelector('main a[data-claim]')?.getAttribute('href')?.includes('?claim=')
  const observer = new MutationObserver(() => {
    if (bench.hydratedAt === null && hydrated()) {
      bench.hydratedAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href', 'data-hydrated'],
  })
}

/**
 * Arms a probe in the page: on the next click, records its timestamp, then waits until the DOM
 * shows the result (`present` matches and `absent`, if given, does not) and the frame after that
 * change is produced. With `whole`, also records in `window.__wholeAt` when the frame is produced
 * after which nothing matches `whole` (what is left to change). Selectors, not code: the page's CSP
 * allows no eval, rightly.
 */
function armProbe({ present, absent, whole, on = 'click' }) {
  window.__wholeAt = null
  // Posted from a rAF callback, the message runs after that frame has been produced.
  const afterThisFrame = (done) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done(performance.now())
    channel.port2.postMessage(null)
  }
  const afterFrame = (done) => requestAnimationFrame(() => afterThisFrame(done))
  window.__probe = new Promise((resolveProbe) => {
    let clickedAt = null
    let firstFrame = false
    let shown = false
    const check = () =>
      document.querySelector(present) !== null && (absent === undefined || document.querySelector(absent) === null)
    let wholeDone = false
    let wholeObserver = null
    const onWhole = (after) => {
      wholeDone = true
      wholeObserver?.disconnect()
      after((at) => {
        window.__wholeAt = at - clickedAt
      })
    }
    const onShown = (after) => {
      shown = true
      observer.disconnect()
      after((paintedAt) => resolveProbe({ clickedAt, paintedAt }))
    }
    document.addEventListener(
      on,
      (event) => {
        clickedAt = event.timeStamp
        // A change made by the event's own handlers is in the next frame. Asked for before the page
        // asks for that frame, this callback runs first in it and its message is the first task
        // after it: one the page queues there (the URL update after a theme's frame) is not counted.
        requestAnimationFrame(() => {
          firstFrame = true
          if (!shown && check()) onShown(afterThisFrame)
          if (whole !== undefined && !wholeDone && document.querySelector(whole) === null) onWhole(afterThisFrame)
        })
      },
      { capture: true, once: true },
    )
    // A change in a later frame (a dialog that renders after the click's frame).
    const observer = new MutationObserver(() => {
      if (firstFrame && !shown && check()) onShown(afterFrame)
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    if (whole === undefined) return
    wholeObserver = new MutationObserver(() => {
      if (firstFrame && !wholeDone && document.querySelector(whole) === null) onWhole(afterFrame)
    })
    wholeObserver.observe(document.body, { subtree: true, attributes: true })
  })
}

/**
 * Clicks `target` (or runs `act`), waits for `outcome` (see armProbe), then returns [Event Timing
 * INP or null (<16 ms), ms until the change was painted].
 */
async function measureInteraction(page, target, outcome, act = () => target.click()) {
  // A reader clicks what is already on screen: scroll it into view and let that settle first, so
  // the figure is the interaction's cost and not also that of rendering a newly scrolled view.
  await target.scrollIntoViewIfNeeded()
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))),
  )
  await page.evaluate(armProbe, outcome)
  await act()
  const { clickedAt, paintedAt } = await page.evaluate(() =>
    Promise.race([window.__probe, new Promise((done) => setTimeout(() => done({}), 10_000))]),
  )
  if (clickedAt === undefined) return null
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))))
  const events = await page.evaluate(() => window.__bench.events)
  const ofClick = events.filter((e) => e.id > 0 && e.start >= clickedAt - 50)
  const inp = ofClick.length === 0 ? null : Math.max(...ofClick.map((e) => e.duration))
  return [inp, paintedAt - clickedAt]
}

async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript(instrument)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => window.__bench.hydratedAt !== null, null, { timeout: 60_000 }).catch(() => {})
    const hydratedAt = await page.evaluate(() => window.__bench.hydratedAt)
    const parsedAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.domInteractive ?? null)
    await page.waitForLoadState('networkidle')
    // The parts after the article are built after hydration, a task at a time
    // (components/after-first-paint.tsx): TBT counts that work, and the interactions below are a
    // reader's on the whole page.
    await page
      .waitForFunction(() => !document.querySelector('noscript[data-after-first-paint]'), null, { timeout: 60_000 })
      .catch(() => {})
    // Read before any click, so the interactions below never count toward it.
    const tbt = await page.evaluate(() =>
      window.__bench.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    )

    // Opening a claim: the test contract is `main a[data-claim]` opening a dialog named "Context".
    let claim = null
    const claimLink = page.locator('main a[data-claim]').first()
    if ((await claimLink.count()) > 0 && hydratedAt !== null) {
      claim = await measureInteraction(page, claimLink, { present: '[role="dialog"], dialog[open]' })
      if (claim) {
        const dialog = page.getByRole('dialog', { name: 'Context' })
        if (!(await dialog.isVisible())) claim = null
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {})
      }
    }

    // Opening a name's card from the keyboard: focus reaches the first name with a card, which
    // opens it (a popover, prerendered). Its listeners load once the page is idle after hydration.
    let card = null
    const mention = page.locator('main a.mention[data-card]').first()
    if ((await mention.count()) > 0 && hydratedAt !== null) {
      const listening = await page
        .waitForFunction(
          () => document.querySelector('main a.mention[data-card]')?.hasAttribute('aria-expanded'),
          null,
          {
            timeout: 10_000,
          },
        )
        .then(() => true)
        .catch(() => false)
      if (listening) {
        await mention.evaluate((element) => {
          const focusable = [...document.querySelectorAll('a[href], button, [tabindex="0"]')]
          focusable[focusable.indexOf(element) + 1]?.focus()
        })
        card = await measureInteraction(page, mention, { present: '.who-card:popover-open', on: 'keydown' }, () =>
          page.keyboard.press('Shift+Tab'),
        )
        await page.keyboard.press('Escape')
      }
    }

    // Turning on a theme: a toggle named Cooperation in the "Themes" landmark puts the article under
    // that theme's lens (data-active-theme on the article; each section takes data-lens-theme, the
    // ones on screen in the click's frame, and CSS marks their passages). The reader is reading:
    // the middle section of the article is at the top of the screen (at the top of the page, a
    // long article's first screens are its editor's note, with no passage to mark), and the
    // toggles stay in view beside it on a wide screen.
    let theme = null
    const toggle = page.getByRole('complementary', { name: 'Themes' }).getByRole('button', { name: /^Cooperation/ })
    if ((await toggle.count()) === 1 && hydratedAt !== null) {
      await page.evaluate(() => {
        const sections = document.querySelectorAll('main article .article-section')
        // At once: the page scrolls smoothly, and a click during that scroll would wait for its frames.
        sections[Math.floor(sections.length / 2)]?.scrollIntoView({ behavior: 'instant' })
      })
      theme = await measureInteraction(page, toggle, {
        present: 'main article[data-active-theme="cooperation"]',
        whole: 'main article .article-section:not([data-lens-theme="cooperation"])',
      })
      // Until every section has the lens (the sections off screen take it in the frames after);
      // n/a for a page that puts no lens on its sections.
      const sectioned = await page.evaluate(() => document.querySelector('main article [data-lens-theme]') !== null)
      const whole = !sectioned
        ? null
        : await page
            .waitForFunction(() => window.__wholeAt !== null, null, { timeout: 10_000 })
            .then(() => page.evaluate(() => window.__wholeAt))
            .catch(() => null)
      if (theme) theme.push(whole)
    }
    return { hydratedAt, parsedAt, tbt, claim, card, theme }
  } finally {
    await context.close()
  }
}

/** Median of a column; "n/a" if the page never offered the interaction, "<16" below Event Timing's floor. */
function cell(samples, pick) {
  if (samples.some((s) => s === null)) return 'n/a'
  const values = samples.map(pick)
  const below = values.filter((v) => v === null).length
  if (below * 2 > values.length) return '<16'
  // Runs below the floor count as 16 ms, an upper bound, so the median never flatters.
  return median(values.map((v) => v ?? 16)).toFixed(0)
}

rmSync(benchDir, { recursive: true, force: true })
mkdirSync(benchDir, { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const table = []
try {
  for (const [index, factor] of scales.entries()) {
    const scaled = scaleContent(real, factor)
    const contentDir = join(benchDir, `content-${factor}x`)
    const outDir = join(benchDir, `build-${factor}x`)
    writeContentFolder(contentDir, contentFolderFiles(modules, scaled))
    const passages = scaled.article.sections.reduce((sum, s) => sum + s.passages.length, 0)
    log(
      `bench: ${factor}× — ${scaled.article.sections.length} sections, ${passages} passages, ${scaled.claims.length} claims; building…`,
    )

    const build = buildApp(outDir, { CONTENT_DIR: contentDir })
    if (!build.ok) {
      log(`bench: the ${factor}× build failed:\n${build.output.slice(-6000)}`)
      table.push({ factor, failed: true })
      continue
    }

    const server = await startStaticServer({ dir: outDir, port: basePort + index })
    const samples = []
    try {
      for (let run = 0; run < runs; run++) samples.push(await measurePage(browser, server.url))
    } finally {
      await server.stop()
    }
    const hydrated = samples.map((s) => s.hydratedAt)
    table.push({
      factor,
      build: build.seconds.toFixed(1),
      html: gzipKB(join(outDir, 'index.html')).toFixed(1),
      js: initialJsKB(outDir).toFixed(1),
      hydratedMs: hydrated.includes(null) ? null : median(hydrated),
      parsedMs: samples.some((s) => s.parsedAt === null) ? null : median(samples.map((s) => s.parsedAt)),
      hydrateMs:
        hydrated.includes(null) || samples.some((s) => s.parsedAt === null)
          ? null
          : median(samples.map((s) => s.hydratedAt - s.parsedAt)),
      tbt: hydrated.includes(null) ? 'n/a' : median(samples.map((s) => s.tbt)).toFixed(0),
      claimInp: cell(
        samples.map((s) => s.claim),
        (c) => c[0],
      ),
      claimPaint: cell(
        samples.map((s) => s.claim),
        (c) => c[1],
      ),
      cardInp: cell(
        samples.map((s) => s.card),
        (c) => c[0],
      ),
      cardPaint: cell(
        samples.map((s) => s.card),
        (c) => c[1],
      ),
      themeInp: cell(
        samples.map((s) => s.theme),
        (t) => t[0],
      ),
      themePaint: cell(
        samples.map((s) => s.theme),
        (t) => t[1],
      ),
      // n/a: a page that draws the lens on the article whole, in the click's frame.
      themeWhole: samples.some((s) => s.theme?.[2] == null) ? 'n/a' : median(samples.map((s) => s.theme[2])).toFixed(0),
    })
  }
} finally {
  await browser.close()
}

const columns = [
  ['scale', (r) => `${r.factor}×`],
  ['build s', (r) => r.build],
  ['HTML KB gz', (r) => r.html],
  ['JS KB gz', (r) => r.js],
  ['parsed ms', (r) => (r.parsedMs === null ? 'n/a' : r.parsedMs.toFixed(0))],
  ['hydrated ms', (r) => (r.hydratedMs === null ? 'n/a' : r.hydratedMs.toFixed(0))],
  ['hydrate ms', (r) => (r.hydrateMs === null ? 'n/a' : r.hydrateMs.toFixed(0))],
  ['TBT ms', (r) => r.tbt],
  ['claim INP', (r) => r.claimInp],
  ['→dialog ms', (r) => r.claimPaint],
  ['card INP', (r) => r.cardInp],
  ['→card ms', (r) => r.cardPaint],
  ['theme INP', (r) => r.themeInp],
  ['→lens ms', (r) => r.themePaint],
  ['→all ms', (r) => r.themeWhole],
]
log()
log(`Median of ${runs} runs each, Chromium ${browser.version()}, 1280×800, no throttling, ${new Date().toISOString()}`)
log(columns.map(([name]) => name.padStart(12)).join(''))
for (const row of table) {
  log(
    columns.map(([name, pick]) => String(row.failed && name !== 'scale' ? 'FAILED' : pick(row)).padStart(12)).join(''),
  )
}
// How hydration grows with the article: each larger scale against 1×, when 1× ran, counted from
// navigation start (the document's download and parse included) and from the parsed document.
const one = table.find((row) => row.factor === 1 && !row.failed)
for (const [label, key] of [
  ['from navigation start', 'hydratedMs'],
  ['after the document is parsed', 'hydrateMs'],
]) {
  const growth = table.filter((row) => row.factor > 1 && !row.failed && row[key] !== null && one?.[key])
  if (growth.length > 0) {
    log(
      `Hydration against 1×, ${label}: ${growth.map((row) => `${row.factor}× ${(row[key] / one[key]).toFixed(2)}`).join(', ')} (target at 100×: ≤ 3)`,
    )
  }
}
log(
  'Targets: claim, card and theme INP ≤ 24 ms at 1×, ≤ 50 ms at 100×; TBT ≤ 50 ms. n/a: the page has no such control.',
)
writeFileSync(join(benchDir, 'results.txt'), `${lines.join('\n')}\n`)
console.log(`\nSaved to ${join(benchDir, 'results.txt')}`)
