import { readFileSync } from 'node:fs'
import { expect, test, waitForHydration } from './fixtures'

const articleText = readFileSync('content/mexico-security-chief/article.txt', 'utf8')
const paragraphs = articleText.split('\n\n')

test('the article loads at / with its title, sections and every paragraph, and hydrates cleanly', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(paragraphs[0] ?? '')
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2, name: /Strengthening Ties with the United States/ }),
  ).toBeVisible()
  const passages = page.locator('main [data-passage]')
  await expect(passages).toHaveCount(7)
  // Passages hold the article's paragraphs verbatim, headings excluded.
  expect(await passages.allTextContents()).toEqual(paragraphs.filter((_, i) => i !== 0 && i !== 3 && i !== 6))
  await waitForHydration(page)
})

test('the prerendered HTML already holds the article and its claim links', async ({ request }) => {
  const response = await request.get('/')
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain('Mexico’s Security Chief Discusses Aggressive Cartel Strategy')
  expect(html).toContain('data-claim="nyt-interview-date"')
})

test.describe('unknown paths', () => {
  // The browser logs the 404 status of the document itself.
  test.use({ allowConsole: [/status of 404/] })

  test('an unknown path shows the not-found page with a way back, with status 404', async ({ page }) => {
    const response = await page.goto('/no/such/page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await page.getByRole('main').getByRole('link', { name: 'Go to the article' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(paragraphs[0] ?? '')
  })
})
