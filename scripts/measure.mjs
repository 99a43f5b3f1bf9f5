// What the measuring scripts (lighthouse, bench, screenshots) share: how they build the app, find
// Chromium, and take a median, so that each measures the same build the same way.
import { spawnSync } from 'node:child_process'
import { chromiumArgs, findChromium as findBrowser } from './chromium.mjs'

/** The median of the finite values (a run that produced no number does not count), or NaN. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs `npm run build` into `distDir` (with `env` added) and returns whether it succeeded, its
 * wall time and its output. Without NODE_ENV: loading TypeScript through Vite's runner set it to
 * "development" in this process, and a build that inherits it bundles React's development build.
 */
export function buildApp(distDir, env = {}) {
  const { NODE_ENV: _runnerMode, ...inherited } = process.env
  const started = performance.now()
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...inherited, DIST_DIR: distDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return {
    ok: build.status === 0,
    seconds: (performance.now() - started) / 1000,
    output: `${build.stdout ?? ''}\n${build.stderr ?? ''}`,
  }
}

/**
 * The browser tests' Chromium and launch flags (scripts/chromium.mjs), so every tool drives the
 * same browser the same way; exits with advice when there is no Chromium.
 */
export async function findChromium(label) {
  try {
    const { path } = await findBrowser()
    return { chromiumArgs, chromiumPath: path }
  } catch (error) {
    console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
