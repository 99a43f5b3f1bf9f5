import { chromium } from '@playwright/test'
import { startStaticServer } from './static-server.mjs'
for (const dir of process.argv.slice(2)) {
  const server = await startStaticServer({ dir, port: 0 })
  const base = server.url
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(base, { waitUntil: 'load' })
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'))
    const r = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0]
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
      const marks = performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`)
      return { responseEnd: Math.round(n.responseEnd), domInteractive: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), fcp: Math.round(fcp), marks }
    })
    console.log(dir, JSON.stringify(r))
    await page.close()
  }
  await browser.close(); await server.stop()
}
process.exit(0)
