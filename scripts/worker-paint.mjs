#!/usr/bin/env node
// How long a returning reader waits for the first paint with a warm service worker: this build's
// worker (pages from the network first, the device's copy after 2 s) against the cache-first
// worker it replaced (workbox's generateSW with every page precached), on the same build, served
// by the same static host with an added delay before each answer (a round trip's worth).
//
//   node scripts/worker-paint.mjs [--runs 7] [--delays 0,150]     after `npm run build`
//
// Each arm gets its own browser context: a first visit installs its worker, then the page is
// reloaded `runs` times, the arms alternating (a third arm, with workers blocked, is the network
// alone), and the medians of the navigation timing
// (responseStart, domContentLoaded) and first-contentful-paint are printed per delay.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { writeCacheFirstWorker } from './cache-first-worker.mjs'
import { startDelayingProxy } from './delaying-proxy.mjs'
import { findChromium, median } from './measure.mjs'
import { startStaticServer } from './static-server.mjs'

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, delays: { type: 'string', default: '0,150' } },
})
const runs = Number(args.runs)
const delays = args.delays.split(',').map(Number)
const source = resolve(process.env.DIST_DIR ?? 'dist')
const scratch = resolve('dist-worker-paint')
const port = Number(process.env.WORKER_PAINT_PORT ?? 4330)

/** A copy of the build with the cache-first worker this project shipped before. */
async function cacheFirstCopy(dir) {
  rmSync(dir, { recursive: true, force: true })
  cpSync(source, dir, { recursive: true })
  await writeCacheFirstWorker(dir)
}

const { chromiumArgs, chromiumPath } = await findChromium('worker-paint')
mkdirSync(scratch, { recursive: true })
const arms = [
  { name: 'network-first (this build)', dir: join(scratch, 'network-first') },
  { name: 'cache-first (before)', dir: join(scratch, 'cache-first') },
  // The yardstick: what the network alone gives (a first visit's HTML, with the HTTP cache warm).
  { name: 'no worker', dir: join(scratch, 'network-first'), blockWorkers: true },
]
rmSync(arms[0].dir, { recursive: true, force: true })
cpSync(source, arms[0].dir, { recursive: true })
await cacheFirstCopy(arms[1].dir)

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const rows = []
try {
  for (const [index, delay] of delays.entries()) {
    const sessions = []
    for (const [armIndex, arm] of arms.entries()) {
      const host = await startStaticServer({ dir: arm.dir })
      const proxyPort = port + index * 10 + armIndex
      const proxy = await startDelayingProxy({
        target: Number(new URL(host.url).port),
        port: proxyPort,
        delayFor: () => delay,
      })
      const context = await browser.newContext(arm.blockWorkers ? { serviceWorkers: 'block' } : {})
      const page = await context.newPage()
      const url = proxy.url
      await page.goto(url)
      if (!arm.blockWorkers) {
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready
        })
        // The cache-first worker does not claim the first tab: a reload puts the page under it.
        await page.reload()
        const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null)
        if (!controlled) throw new Error(`${arm.name}: the page is not under its worker`)
      }
      sessions.push({ arm, host, proxy, context, page, samples: [] })
    }
    for (let run = 0; run < runs; run++) {
      for (const session of sessions) {
        await session.page.reload({ waitUntil: 'load' })
        session.samples.push(
          await session.page.evaluate(
            () =>
              new Promise((done) => {
                // FCP is reported asynchronously: wait for its entry.
                new PerformanceObserver((list, observer) => {
                  const paint = list.getEntriesByName('first-contentful-paint')[0]
                  if (!paint) return
                  observer.disconnect()
                  const [navigation] = performance.getEntriesByType('navigation')
                  done({
                    responseStart: navigation.responseStart,
                    domContentLoaded: navigation.domContentLoadedEventEnd,
                    fcp: paint.startTime,
                  })
                }).observe({ type: 'paint', buffered: true })
              }),
          ),
        )
      }
    }
    for (const session of sessions) {
      const of = (key) => median(session.samples.map((sample) => sample[key])).toFixed(0)
      rows.push(
        `${String(delay).padStart(5)} ms  ${session.arm.name.padEnd(28)} ${of('responseStart').padStart(6)} ${of('domContentLoaded').padStart(6)} ${of('fcp').padStart(6)}`,
      )
      await session.context.close()
      await session.host.stop()
      await session.proxy.stop()
    }
  }
} finally {
  await browser.close()
}
console.log(`Warm worker, median of ${runs} reloads (ms from navigation start):`)
console.log('delay     worker                       respStart    DCL    FCP')
for (const row of rows) console.log(row)
