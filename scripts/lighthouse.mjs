#!/usr/bin/env node
// `npm run lighthouse`: builds the app into its own folder, serves it, writes the same article as a
// plain HTML page (no app, no JavaScript) and serves that the same way, then runs Lighthouse on both,
// alternating, and prints the median of each category and of LCP, TBT and CLS, and the LCP ratio.
// Targets: 100 in every category, LCP no more than 1.1 times the plain page's.
//
//   node scripts/lighthouse.mjs [--runs 3] [--no-build]
//
// Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_DIST_DIR (default
// dist-lighthouse), LIGHTHOUSE_PORT (default 4310; the plain page uses the next port).
// Everything listens on 127.0.0.1 only. Full JSON reports are kept in .lighthouse/reports/.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadSourceModule } from './load-content.mjs'
import { plainArticleHtml } from './plain-article.mjs'
import { startPreview, stopPreviews } from './preview-server.mjs'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false } },
})
const runs = Number(args.runs)
if (!Number.isInteger(runs) || runs < 1 || runs > 15) {
  console.error(`lighthouse: --runs must be a whole number from 1 to 15, not "${args.runs}"`)
  process.exit(1)
}
// The browser tests' launch flags, so every tool drives Chromium the same way.
const { chromiumArgs, chromiumPath: chromePath } = await loadSourceModule('tests/e2e/browser.ts')
if (!existsSync(chromePath)) {
  console.error(`lighthouse: no Chromium at ${chromePath}; install one (apt-get install chromium) or set CHROME_PATH`)
  process.exit(1)
}
const distDir = process.env.LIGHTHOUSE_DIST_DIR ?? 'dist-lighthouse'
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4310)
const workDir = resolve('.lighthouse')
const plainDir = join(workDir, 'plain')
const reportsDir = join(workDir, 'reports')

// 1. Build the app as it ships.
if (!args['no-build']) {
  console.log(`lighthouse: building into ${distDir}/ …`)
  // Without NODE_ENV: loading TypeScript through Vite's runner set it to "development" in this
  // process, and a build that inherits it bundles React's development build.
  const { NODE_ENV: _runnerMode, ...env } = process.env
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...env, DIST_DIR: distDir },
    encoding: 'utf8',
  })
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}\nlighthouse: the build failed (above)`)
    process.exit(1)
  }
}
const appHtml = join(distDir, 'index.html')
if (!existsSync(appHtml)) {
  console.error(`lighthouse: ${appHtml} is missing; run without --no-build`)
  process.exit(1)
}

// 2. The same article as a plain page, with the app's description so SEO compares like with like.
const { content } = await loadSourceModule('src/content/index.ts')
const description = readFileSync(appHtml, 'utf8')
  .match(/<meta name="description" content="([^"]*)"/)?.[1]
  ?.replace(/&quot;/g, '"')
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&amp;/g, '&')
rmSync(plainDir, { recursive: true, force: true })
mkdirSync(plainDir, { recursive: true })
mkdirSync(reportsDir, { recursive: true })
writeFileSync(join(plainDir, 'index.html'), plainArticleHtml(content.article, { description }))
writeFileSync(join(plainDir, 'robots.txt'), 'User-agent: *\nAllow: /\n')
writeFileSync(join(plainDir, '404.html'), '<!doctype html><title>Not found</title>')

// 3. Serve both with the same server (same compression, same headers handling).
const targets = {
  app: (await startPreview({ dir: distDir, port, label: 'lighthouse' })).url,
  plain: (await startPreview({ dir: plainDir, port: port + 1, label: 'lighthouse' })).url,
}

// 4. Lighthouse, mobile preset (its default), devtools throttling: its simulated throttling flips
// between two modes from run to run on this Chromium, devtools throttling gives stable medians.
const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const metrics = [
  { id: 'largest-contentful-paint', label: 'LCP (ms)', digits: 0 },
  { id: 'first-contentful-paint', label: 'FCP (ms)', digits: 0 },
  { id: 'total-blocking-time', label: 'TBT (ms)', digits: 0 },
  { id: 'cumulative-layout-shift', label: 'CLS', digits: 3 },
]

function lighthouse(url, output) {
  return new Promise((done, fail) => {
    const child = spawn(
      './node_modules/.bin/lighthouse',
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--throttling-method=devtools',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill(), 180_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0 && existsSync(output)) done(JSON.parse(readFileSync(output, 'utf8')))
      else fail(new Error(`lighthouse exited with ${code} for ${url}:\n${stderr.slice(-2000)}`))
    })
  })
}

const results = { app: [], plain: [] }
const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version
console.log(`lighthouse: ${runs} run(s) each, alternating app and plain page, Lighthouse ${version}, ${chromePath}`)
for (let run = 1; run <= runs; run++) {
  for (const name of ['app', 'plain']) {
    const report = await lighthouse(targets[name], join(reportsDir, `${name}-${run}.json`))
    if (report.runtimeError) throw new Error(`lighthouse: ${name} run ${run}: ${report.runtimeError.message}`)
    results[name].push(report)
    const lcp = report.audits['largest-contentful-paint']?.numericValue
    console.log(`  run ${run} ${name.padEnd(5)} LCP ${lcp?.toFixed(0)} ms, performance ${score(report, 'performance')}`)
  }
}

function score(report, category) {
  const value = report.categories[category]?.score
  return value === null || value === undefined ? NaN : Math.round(value * 100)
}

function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const summary = {}
for (const name of ['app', 'plain']) {
  summary[name] = {}
  for (const category of categories) summary[name][category] = median(results[name].map((r) => score(r, category)))
  for (const metric of metrics) {
    summary[name][metric.id] = median(results[name].map((r) => r.audits[metric.id]?.numericValue))
  }
}

// 5. The table.
const row = (label, app, plain) => `${label.padEnd(18)} ${String(app).padStart(8)} ${String(plain).padStart(8)}`
console.log(`\nmedian of ${runs}${' '.repeat(10)}      app    plain`)
for (const category of categories) console.log(row(category, summary.app[category], summary.plain[category]))
for (const metric of metrics) {
  console.log(
    row(metric.label, summary.app[metric.id].toFixed(metric.digits), summary.plain[metric.id].toFixed(metric.digits)),
  )
}
const ratio = summary.app['largest-contentful-paint'] / summary.plain['largest-contentful-paint']
console.log(`\nLCP ratio app/plain: ${ratio.toFixed(2)} (target ≤ 1.10)`)

// What keeps the app from 100: every scored audit that is not full marks in any run.
const shortfalls = new Map()
for (const report of results.app) {
  for (const category of categories) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        shortfalls.set(ref.id, `${category}: ${ref.id} (${audit.title}) ${audit.displayValue ?? ''}`.trim())
      }
    }
  }
}
const errored = new Set(
  results.app.flatMap((r) =>
    Object.values(r.audits)
      .filter((a) => a.errorMessage)
      .map((a) => a.id),
  ),
)
if (shortfalls.size > 0) console.log(`\napp audits below full marks:\n  ${[...shortfalls.values()].join('\n  ')}`)
if (errored.size > 0) console.log(`\naudits that errored (not scored): ${[...errored].join(', ')}`)

const targetsMet = categories.every((c) => summary.app[c] === 100) && ratio <= 1.1
console.log(`\n${targetsMet ? 'All targets met.' : 'Targets NOT met (see above).'} Reports: ${reportsDir}`)
stopPreviews()
