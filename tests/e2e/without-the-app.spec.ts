import { content } from '../../src/content'
import { claimsInOrder } from '../../src/lib/article'
import { expect, test } from './fixtures'

// JavaScript is on, but the page's script never arrives: the inline fallback (scripts/prerender.mjs)
// still brings the whole stylesheet and the parts after the article, which the script would build.
test.use({ allowConsole: [/Failed to load resource/] })

test('when the page’s script never loads, the parts after the article and the whole stylesheet still arrive', async ({
  page,
}) => {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort())
  await page.goto('/')
  const [first] = claimsInOrder(content)
  if (!first) throw new Error('the article has no claims')
  const note = page.locator(`#note-${first.id}`)
  // At first they are only text inside their <noscript> elements.
  await expect(note).toHaveCount(0)
  await expect(page.locator('html')).not.toHaveAttribute('data-script-build')
  // The fallback waits 8 s for the script: 15 s is headroom, not a wait.
  await expect(note).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('noscript[data-after-first-paint]')).toHaveCount(0)
  await expect(page.locator('link[data-whole-stylesheet]')).toHaveAttribute('media', 'all')
})
