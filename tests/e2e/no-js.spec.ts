import { article } from '../../src/content/article'
import { claimNotes } from '../../src/content/claim-notes'
import { claims } from '../../src/content/claims'
import { notesBundle } from '../../src/content/notes'
import { sources } from '../../src/content/sources'
import { verdictScale } from '../../src/content/verdicts'
import { formatSourceDate } from '../../src/lib/format'
import { expect, test } from './fixtures'

// Readers without JavaScript get the prerendered HTML and nothing else: it must read on its own.
test.use({ javaScriptEnabled: false })
// Every test here is a core journey that any article must pass (`npm run test:e2e:fixture` runs them on the fixture article).

test('the article reads in full: title, every section heading and every passage verbatim', async ({ page }) => {
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(article.title)
  for (const section of article.sections) {
    const region = main.locator(`section[id="${section.id}"]`)
    await expect(region.getByRole('heading', { level: 2 })).toContainText(section.title)
    for (const passage of section.passages) {
      await expect(region.locator(`[data-passage="${passage.id}"]`)).toHaveText(passage.text)
    }
  }
})

test('a section link in the hash lands on that section', async ({ page }) => {
  const last = article.sections.at(-1)
  expect(last).toBeDefined()
  await page.goto(`/#${last?.id}`)
  await expect(page.locator(`section[id="${last?.id}"]`)).toBeInViewport()
})

test('every key claim is a link to its endnote, and every endnote it points to exists', async ({ page }) => {
  await page.goto('/')
  const links = page.locator('main a[data-claim]')
  await expect(links).toHaveCount(claims.length)
  for (const claim of claims) {
    const link = page.locator(`main a[data-claim="${claim.id}"]`)
    await expect(link).toHaveAttribute('href', `#note-${claim.id}`)
    await expect(page.locator(`[id="note-${claim.id}"]`), `the endnote of ${claim.id}`).toHaveCount(1)
  }
})

test('following a claim link without JavaScript shows its endnote', async ({ page }) => {
  await page.goto('/')
  const first = claims[0]
  expect(first).toBeDefined()
  await page.locator(`main a[data-claim="${first?.id}"]`).click()
  await expect(page).toHaveURL(new RegExp(`#note-${first?.id}$`))
  await expect(page.locator(`[id="note-${first?.id}"]`)).toBeInViewport()
})

test('every endnote opens with our ruling and the date of the check, and offers a report naming the claim', async ({
  page,
}) => {
  await page.goto('/')
  // Both kinds are tried: notes changed since their check, and notes never changed.
  expect(new Set(claimNotes.map((note) => note.updated !== undefined))).toEqual(new Set([true, false]))
  for (const claim of claims) {
    const note = page.locator(`[id="note-${claim.id}"]`)
    const details = claimNotes.find((n) => n.claimId === claim.id)
    if (!details) throw new Error(`no note for ${claim.id}`)
    await expect(note.locator('.claim-ruling')).toContainText(
      `Our ruling: ${verdictScale[claim.verdict].label}. ${details.ruling}`,
    )
    await expect(note.locator('.claim-dates')).toContainText(`Checked ${formatSourceDate(details.checked)}`)
    await expect(note.locator(`.claim-dates time[datetime="${details.checked}"]`)).toHaveCount(1)
    if (details.updated) {
      await expect(note.locator('.claim-dates')).toContainText(`Updated ${formatSourceDate(details.updated)}`)
      await expect(note.getByRole('link', { name: /see the corrections log/ })).toHaveAttribute(
        'href',
        /^\/sources#correction/,
      )
    } else {
      await expect(note.locator('.claim-dates')).not.toContainText('Updated')
      await expect(note.getByRole('link', { name: /see the corrections log/ })).toHaveCount(0)
    }
    const report = note.getByRole('link', { name: 'Report an error in this check' })
    await expect(report).toHaveAttribute('href', new RegExp(`^mailto:[^?]+\\?subject=.*\\(${claim.id}\\)`))
    await expect(report).toHaveAttribute('href', new RegExp(`claim%3D${claim.id}`))
  }
})

test('the sources page lists every source', async ({ page }) => {
  await page.goto('/sources')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Sources & method')
  for (const source of sources) {
    await expect(main.locator(`[id="source-${source.id}"]`)).toContainText(source.title)
  }
})

test('the timeline and the charts are in the page, drawn, with their numbers and dates', async ({ page }) => {
  await page.goto('/#timeline')
  const timeline = page.locator('#timeline')
  await expect(timeline.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible()
  await expect(timeline.locator('ol > li > time[datetime]')).toHaveCount(notesBundle.timeline.length)
  await page.goto('/#numbers')
  const numbers = page.locator('#numbers')
  for (const figure of notesBundle.figures) {
    const chart = numbers.locator(`[data-figure="${figure.id}"]`)
    await expect(chart.getByRole('img')).toBeVisible()
    await expect(chart.locator('svg rect')).toHaveCount(figure.values.length + (figure.runningTotal ? 1 : 0))
  }
})
