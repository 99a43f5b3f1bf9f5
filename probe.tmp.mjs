import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] })
for (const [name, opts] of [['desk', { viewport: {width:1280,height:860} }], ['phone', { viewport: {width:390,height:844}, hasTouch: true, isMobile: true, deviceScaleFactor: 1 }], ['phone-nojs', { viewport: {width:390,height:844}, hasTouch: true, isMobile: true, javaScriptEnabled: false }]]) {
  const ctx = await browser.newContext(opts)
  const page = await ctx.newPage()
  await page.goto('http://127.0.0.1:4400/')
  await page.waitForTimeout(1000)
  const info = await page.evaluate(() => ({
    top: document.querySelector('[data-passage]').getBoundingClientRect().top + scrollY,
    h1: document.querySelector('h1').getBoundingClientRect().top + scrollY,
    anyHover: matchMedia('(any-hover: hover)').matches, hover: matchMedia('(hover: hover)').matches, coarse: matchMedia('(pointer: coarse)').matches,
  }))
  console.log(name, JSON.stringify(info))
  await page.screenshot({ path: `/tmp/shot-${name}.png` })
  await ctx.close()
}
await browser.close()
