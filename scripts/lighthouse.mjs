#!/usr/bin/env node
// `npm run lighthouse`: builds the app into its own folder, writes the same article as a plain HTML
// page (no app, no JavaScript), serves both with the same static host (scripts/static-server.mjs:
// same headers, same gzip, one port each) and runs Lighthouse on them, alternating. It prints the
// medians of the four categories, LCP, FCP, TBT and CLS; the LCP element and its phases; the main
// thread's work before first paint by kind; how the HTML came over the wire; the LCP ratio
// app/plain; and the app's audits below full marks.
// Targets: 100 in every category, LCP no more than 1.10 times the plain page's, TBT ≤ 50 ms, CLS 0.
//
//   node scripts/lighthouse.mjs [--runs 5] [--no-build] [--server static|vite] [--trimmed]
//
// `--trimmed` adds a third page to each round: the app's own page without the parts a browser with
// JavaScript builds after the first paint (components/after-first-paint.tsx), to show whether the
// bytes they add to the HTML hold the first paint.
//
// `--server vite` serves both through `vite preview` instead (scripts/preview-server.mjs), to show
// how much of a difference the server makes (README, "Speed, security and search").
// Environment: CHROME_PATH (else Debian's or the packaged Chromium: scripts/chromium.mjs), LIGHTHOUSE_DIST_DIR (default
// dist-lighthouse), LIGHTHOUSE_PORT (default 4310; the plain page uses the next port).
// Everything listens on 127.0.0.1 only. Reports, traces and DevTools logs of the last run are kept
// in .lighthouse/reports/<server>/.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { withoutAfterPaintParts } from './critical-css.mjs'
import {
  categoryScore,
  committedInNewProcess,
  documentResponse,
  lcpElement,
  MAIN_THREAD_GROUPS,
  mainThreadBeforePaint,
  shortfalls,
} from './lighthouse-report.mjs'
import { loadSourceModule } from './load-content.mjs'
import { buildApp, findChromium, median } from './measure.mjs'
import { plainArticleHtml } from './plain-article.mjs'
import { startPreview, stopPreviews } from './preview-server.mjs'
import { startStaticServer } from './static-server.mjs'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    server: { type: 'string', default: 'static' },
    trimmed: { type: 'boolean', default: false },
  },
})
const runs = Number(args.runs)
if (!Number.isInteger(runs) || runs < 1 || runs > 15) {
  console.error(`lighthouse: --runs must be a whole number from 1 to 15, not "${args.runs}"`)
  process.exit(1)
}
if (args.server !== 'static' && args.server !== 'vite') {
  console.error(`lighthouse: --server is static or vite, not "${args.server}"`)
  process.exit(1)
}
const { chromiumArgs, chromiumPath } = await findChromium('lighthouse')
const distDir = process.env.LIGHTHOUSE_DIST_DIR ?? 'dist-lighthouse'
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4310)
const workDir = resolve('.lighthouse')
const plainDir = join(workDir, 'plain')
const trimmedDir = join(workDir, 'trimmed')
const reportsDir = join(workDir, 'reports', args.server)

// 1. Build the app as it ships.
if (!args['no-build']) {
  console.log(`lighthouse: building into ${distDir}/ …`)
  const build = buildApp(distDir)
  if (!build.ok) {
    console.error(`${build.output}\nlighthouse: the build failed (above)`)
    process.exit(1)
  }
}
const appHtml = join(distDir, 'index.html')
if (!existsSync(appHtml)) {
  console.error(`lighthouse: ${appHtml} is missing; run without --no-build`)
  process.exit(1)
}

// 2. The same article as a plain page, with the app's description so SEO compares like with like.
const { modules } = (await loadSourceModule('scripts/content/load-content.ts')).loadContent(
  process.env.CONTENT_DIR ?? 'content/mexico-security-chief',
)
const content = { article: modules.article, themes: modules.themes, claims: modules.claims }
const description = readFileSync(appHtml, 'utf8')
  .match(/<meta name="description" content="([^"]*)"/)?.[1]
  ?.replace(/&quot;/g, '"')
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&')
rmSync(plainDir, { recursive: true, force: true })
mkdirSync(plainDir, { recursive: true })
rmSync(reportsDir, { recursive: true, force: true })
mkdirSync(reportsDir, { recursive: true })
writeFileSync(join(plainDir, 'index.html'), plainArticleHtml(content.article, { description }))
writeFileSync(join(plainDir, 'robots.txt'), 'User-agent: *\nAllow: /\n')
writeFileSync(join(plainDir, '404.html'), '<!doctype html><title>Not found</title>')

// The app's page without its after-paint parts, beside the same assets.
if (args.trimmed) {
  rmSync(trimmedDir, { recursive: true, force: true })
  cpSync(distDir, trimmedDir, { recursive: true })
  const page = readFileSync(appHtml, 'utf8')
  const trimmed = withoutAfterPaintParts(page)
  if (trimmed === page) {
    console.error('lighthouse: --trimmed: the page has no after-paint parts to leave out')
    process.exit(1)
  }
  writeFileSync(join(trimmedDir, 'index.html'), trimmed)
}

// 3. Each page served by one kind of server, one port each.
const serve =
  args.server === 'vite'
    ? (dir, at) => startPreview({ dir, port: at, label: 'lighthouse' })
    : (dir, at) => startStaticServer({ dir, port: at })
const servers = { app: await serve(distDir, port), plain: await serve(plainDir, port + 1) }
if (args.trimmed) servers.trimmed = await serve(trimmedDir, port + 2)

// 4. Lighthouse, mobile preset (its default), devtools throttling: its simulated throttling flips
// between two modes from run to run on this Chromium, devtools throttling gives stable medians.
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const metrics = [
  { id: 'largest-contentful-paint', label: 'LCP (ms)', digits: 0 },
  { id: 'first-contentful-paint', label: 'FCP (ms)', digits: 0 },
  { id: 'total-blocking-time', label: 'TBT (ms)', digits: 0 },
  { id: 'cumulative-layout-shift', label: 'CLS', digits: 3 },
]

/** One Lighthouse run in its own process, so its work never delays the server in this one. */
function lighthouse(url, output) {
  return new Promise((done, fail) => {
    const child = spawn(
      './node_modules/.bin/lighthouse',
      [
        url,
        '--output=json',
        `--output-path=${output}.json`,
        // The trace and DevTools log, written beside the report as <output>-0.trace.json etc.
        '--save-assets',
        '--quiet',
        '--throttling-method=devtools',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill(), 180_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code !== 0 || !existsSync(`${output}.json`)) {
        fail(new Error(`lighthouse exited with ${code} for ${url}:\n${stderr.slice(-2000)}`))
        return
      }
      const report = JSON.parse(readFileSync(`${output}.json`, 'utf8'))
      const trace = JSON.parse(readFileSync(`${output}-0.trace.json`, 'utf8'))
      const devtoolsLog = JSON.parse(readFileSync(`${output}-0.devtoolslog.json`, 'utf8'))
      lcpElement(report, trace, devtoolsLog)
        .then((lcp) =>
          done({
            report,
            lcp,
            beforePaint: mainThreadBeforePaint(trace),
            newProcess: committedInNewProcess(trace),
            document: documentResponse(devtoolsLog, report.finalDisplayedUrl),
          }),
        )
        .catch(fail)
    })
  })
}

const names = args.trimmed ? ['app', 'plain', 'trimmed'] : ['app', 'plain']
const results = Object.fromEntries(names.map((name) => [name, []]))
const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
const serverLabel =
  args.server === 'vite' ? 'vite preview' : 'scripts/static-server.mjs (gzip -9, Content-Length, same headers)'
console.log(`lighthouse: ${runs} run(s) each, alternating ${names.join(', ')}, Lighthouse ${version}, ${chromiumPath}`)
console.log(`lighthouse: served by ${serverLabel}`)
try {
  for (let run = 1; run <= runs; run++) {
    for (const name of names) {
      const result = await lighthouse(servers[name].url, join(reportsDir, `${name}-${run}`))
      if (result.report.runtimeError) {
        throw new Error(`lighthouse: ${name} run ${run}: ${result.report.runtimeError.message}`)
      }
      results[name].push(result)
      const value = (id) => result.report.audits[id]?.numericValue?.toFixed(0)
      console.log(
        `  run ${run} ${name.padEnd(5)} LCP ${value('largest-contentful-paint')} ms, FCP ${value('first-contentful-paint')} ms, TBT ${value('total-blocking-time')} ms, performance ${categoryScore(result.report, 'performance')}`,
      )
    }
  }
} finally {
  if (args.server === 'vite') stopPreviews()
  else await Promise.all(Object.values(servers).map((server) => server.stop()))
}

// 5. The table: medians over the runs, each figure on its own (the phases need not add up to LCP).
const summary = Object.fromEntries(names.map((name) => [name, {}]))
for (const name of names) {
  const of = (pick) => median(results[name].map(pick))
  for (const category of categories) summary[name][category] = of((r) => categoryScore(r.report, category))
  for (const metric of metrics) summary[name][metric.id] = of((r) => r.report.audits[metric.id]?.numericValue)
  for (const phase of ['ttfb', 'loadDelay', 'loadTime', 'renderDelay'])
    summary[name][phase] = of((r) => r.lcp.phases[phase])
  for (const group of [...MAIN_THREAD_GROUPS, { id: 'total' }])
    summary[name][group.id] = of((r) => r.beforePaint[group.id])
  summary[name].untilLcp = of((r) => r.beforePaint.untilLcp)
  summary[name].transferKB = of((r) => (r.document?.transferBytes ?? NaN) / 1024)
  summary[name].htmlKB = of((r) => (r.document?.bodyBytes ?? NaN) / 1024)
  summary[name].headersAt = of((r) => r.document?.headersAt ?? NaN)
  summary[name].lastByteAt = of((r) => r.document?.lastByteAt ?? NaN)
  summary[name].newProcess = `${results[name].filter((r) => r.newProcess).length}/${runs}`
}
const row = (label, pick, digits = 0) => {
  const cell = (name) => {
    const value = pick(summary[name])
    return (typeof value === 'number' ? value.toFixed(digits) : String(value)).padStart(8)
  }
  return `${label.padEnd(30)} ${names.map(cell).join(' ')}`
}
console.log(`\n${`median of ${runs}`.padEnd(30)} ${names.map((name) => name.padStart(8)).join(' ')}`)
for (const category of categories) console.log(row(category, (s) => s[category]))
for (const metric of metrics) console.log(row(metric.label, (s) => s[metric.id], metric.digits))
console.log('LCP phases (ms)')
console.log(row('  time to first byte', (s) => s.ttfb))
console.log(row('  load delay', (s) => s.loadDelay))
console.log(row('  load time', (s) => s.loadTime))
console.log(row('  render delay', (s) => s.renderDelay))
const latency = results.app[0]?.report.configSettings?.throttling?.requestLatencyMs
// Lighthouse's TTFB ends at the first header byte; devtools throttling delays the response after it.
if (latency) console.log(`  (the emulated ${latency} ms of request latency falls in render delay)`)
console.log('main thread before FCP (ms)')
for (const group of MAIN_THREAD_GROUPS) console.log(row(`  ${group.label}`, (s) => s[group.id]))
console.log(row('  total', (s) => s.total))
console.log(row('main thread FCP to LCP (ms)', (s) => s.untilLcp))
console.log('HTML document')
console.log(row('  KB over the wire', (s) => s.transferKB, 1))
console.log(row('  KB of HTML', (s) => s.htmlKB, 1))
console.log(row('  headers in (ms after request)', (s) => s.headersAt))
console.log(row('  last byte in (ms)', (s) => s.lastByteAt))
console.log(row('  runs in a new renderer process', (s) => s.newProcess))

// The LCP element as Lighthouse names it, and the response headers that shaped the HTML's delivery.
for (const name of names) {
  const elements = results[name].map((r) => r.lcp.element)
  const common = elements.toSorted(
    (a, b) => elements.filter((e) => e === b).length - elements.filter((e) => e === a).length,
  )[0]
  const times = elements.filter((e) => e === common).length
  console.log(`\n${name} LCP element (${times} of ${runs} runs):\n      ${common}`)
  const headers = results[name][0]?.document?.headers ?? {}
  const delivery = ['content-encoding', 'content-length', 'transfer-encoding', 'cache-control', 'etag']
    .filter((header) => header in headers)
    .map((header) => `${header}: ${headers[header]}`)
  // Named, not quoted: the policy is long and only whether it is sent matters here.
  const security = ['content-security-policy', 'cross-origin-opener-policy', 'x-frame-options'].map(
    (header) => `${header} ${header in headers ? 'yes' : 'no'}`,
  )
  console.log(`${name} HTML served with: ${delivery.join('; ')}\n      ${security.join(', ')}`)
}

const ratio = summary.app['largest-contentful-paint'] / summary.plain['largest-contentful-paint']
console.log(`\nLCP ratio app/plain: ${ratio.toFixed(2)} (target ≤ 1.10)`)
if (args.trimmed) {
  const trimmedRatio = summary.app['largest-contentful-paint'] / summary.trimmed['largest-contentful-paint']
  console.log(`LCP ratio app/trimmed (the same page without its after-paint parts): ${trimmedRatio.toFixed(2)}`)
}

const { below, errored } = shortfalls(
  results.app.map((r) => r.report),
  categories,
)
if (below.length > 0) console.log(`\napp audits below full marks:\n  ${below.join('\n  ')}`)
if (errored.length > 0) console.log(`\naudits that errored (not scored): ${errored.join(', ')}`)

const targetsMet =
  categories.every((c) => summary.app[c] === 100) &&
  ratio <= 1.1 &&
  summary.app['total-blocking-time'] <= 50 &&
  summary.app['cumulative-layout-shift'] === 0
console.log(`\n${targetsMet ? 'All targets met.' : 'Targets NOT met (see above).'} Reports: ${reportsDir}`)
