import { mkdirSync, writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/chromium.mjs'
import { editionsOf } from './scripts/content/editions.mjs'
import { formatProblem, loadContent } from './scripts/content/load-content'

// CHROME_PATH, else Debian's Chromium, else the one `npm ci` brought (scripts/chromium.mjs).
const chromium = await findChromium()

// The article under test (CONTENT_DIR, as for the build): tests import src/content as the app
// does, and its content modules resolve to this article's data (tests/e2e/support/content-hooks.mjs).
const contentDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const loaded = loadContent(contentDir)
if (loaded.problems.length > 0) throw new Error(loaded.problems.map(formatProblem).join('\n'))
const modulesDir = resolve('node_modules/.cache/e2e-content', contentDir.replace(/[^a-z0-9-]+/gi, '_'))
mkdirSync(modulesDir, { recursive: true })
for (const [name, value] of Object.entries(loaded.modules)) {
  writeFileSync(resolve(modulesDir, `${name}.mjs`), `export default ${JSON.stringify(value)}\n`)
}
register('./tests/e2e/support/content-hooks.mjs', import.meta.url, {
  data: { dir: pathToFileURL(`${modulesDir}/`).href },
})

// Tests import src/lib as the app does; src/lib/i18n.ts reads the edition from a constant the build
// defines (vite.config.ts), which outside the build is the English edition unless SITE_LANG says.
Object.assign(globalThis, {
  __SITE_LANG__: process.env.SITE_LANG ?? 'en',
  __BILINGUAL__: editionsOf(contentDir).length > 1,
})

const port = Number(process.env.E2E_PORT ?? 4173)

// Each worker drives a whole Chromium (browser, renderer and compositor processes) that keeps a
// core busy through page loads and axe scans, and the preview server needs CPU too: one worker
// per two cores. On the 2-core CI machine two workers ran the suite no faster than one (4.2 and
// 4.4 min) but stretched single tests up to 2.5 times, past their timeouts. E2E_WORKERS overrides.
const workers = Number(process.env.E2E_WORKERS ?? Math.max(1, Math.floor(availableParallelism() / 2)))

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./tests/e2e/durations-reporter.ts']],
  // The slowest test (three axe scans at phone width) takes about 10 s alone on this machine.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium.path, args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    // Serves the production build (run `npm run build` first; `npm test` does).
    command: `./node_modules/.bin/vite preview --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
