import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { verdictScale } from '../../src/content/verdicts'
import { claimsInOrder } from '../../src/lib/article'
import { formatSourceDate } from '../../src/lib/format'
import { expect, test, waitForHydration } from './fixtures'
import { claimWithChart, openedClaim, walkedTheme } from './support/journey-subjects'

const claims = claimsInOrder(content)
/** The addresses of the sources behind one claim's facts. */
function sourceUrls(claimId: string): string[] {
  const note = notesBundle.notes.find((n) => n.claimId === claimId)
  const facts = (note?.factIds ?? []).flatMap((id) => notesBundle.facts.find((fact) => fact.id === id) ?? [])
  const ids = new Set(facts.flatMap((fact) => fact.sourceIds))
  return notesBundle.sources.flatMap((source) => (ids.has(source.id) && source.url ? [source.url] : []))
}

test.describe('printing the article', () => {
  // A theme on, a claim open and the dark scheme: everything print must undo.
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } })

  test.beforeEach(async ({ page }) => {
    await page.goto(`/?theme=${walkedTheme.id}&claim=${openedClaim.id}`)
    await waitForHydration(page)
    await expect(page.getByRole('dialog', { name: 'Context' }).getByText(/^Key claim \d+ of \d+/)).toBeVisible()
    await page.emulateMedia({ media: 'print' })
  })

  test('leaves out the sidebars, the dialog and every control, and prints the article full width on white', {
    tag: '@journey',
  }, async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('main [data-passage]').first()).toBeVisible()
    for (const hidden of [
      page.getByRole('navigation', { name: 'Sections' }),
      page.getByRole('complementary', { name: 'Themes' }),
      page.locator('[role="dialog"]'),
      page.locator('header').first(),
      page.locator('footer').first(),
      page.locator('.skip-link'),
    ]) {
      await expect(hidden).toBeHidden()
    }
    const visibleButtons = await page
      .locator('button, .heading-anchor')
      .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length)
    expect(visibleButtons).toBe(0)

    const widths = await page.evaluate(() => ({
      article: document.querySelector('article')?.getBoundingClientRect().width ?? 0,
      body: document.body.getBoundingClientRect().width,
    }))
    expect(widths.article).toBeGreaterThan(widths.body * 0.9)
    const colors = await page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.querySelector('article') ?? document.body).color,
    }))
    expect(colors).toEqual({ page: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' })
    // A theme lens dims passages on screen; on paper every passage is in full ink.
    const dimmed = page.locator(`main [data-passage]:not([data-themes~="${walkedTheme.id}"])`).first()
    await expect(dimmed).toHaveCSS('color', 'rgb(0, 0, 0)')
    // ...and every claim keeps its highlight, in the lens or not.
    const backgrounds = await page
      .locator('main mark.claim')
      .evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark).backgroundColor))
    expect(backgrounds).toHaveLength(claims.length)
    expect(backgrounds.filter((color) => color === 'rgba(0, 0, 0, 0)')).toEqual([])
  })

  test('numbers every highlighted claim and prints its note with the ruling, its dates and the source addresses', {
    tag: '@journey',
  }, async ({ page }) => {
    const numbers = await page
      .locator('main mark.claim')
      .evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark, '::after').content))
    expect(numbers).toHaveLength(claims.length)
    for (const [index, number] of numbers.entries()) expect(number).toMatch(new RegExp(`${index + 1}"$`))

    // Both kinds are printed: notes changed since their check, and notes never changed.
    expect(new Set(notesBundle.notes.map((note) => note.updated !== undefined))).toEqual(new Set([true, false]))
    const notes = page.locator('#notes')
    await expect(notes).toBeVisible()
    await expect(notes.locator('li.endnote')).toHaveCount(claims.length)
    for (const [index, claim] of claims.entries()) {
      const note = page.locator(`#note-${claim.id}`)
      await expect(note.locator('h3')).toHaveText(new RegExp(`^${index + 1}\\. `))
      const details = notesBundle.notes.find((n) => n.claimId === claim.id)
      if (!details) throw new Error(`no note for ${claim.id}`)
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what print shows (it skips display:none), which is the point here
      const text = (await note.innerText()).replace(/\s+/g, ' ')
      expect(text, claim.id).toContain(`Our ruling: ${verdictScale[claim.verdict].label}. ${details.ruling}`)
      expect(text, claim.id).toContain(`Checked ${formatSourceDate(details.checked)}`)
      if (details.updated) expect(text, claim.id).toContain(`Updated ${formatSourceDate(details.updated)}`)
      else expect(text, claim.id).not.toContain('Updated ')
      await expect(note.locator(`time[datetime="${details.checked}"]`).first()).toBeVisible()
      // Paper cannot follow a mailto: link, so the address is printed beside it.
      expect(text, claim.id).toMatch(/Report an error in this check by e-mail to \S+@\S+/)
      for (const url of sourceUrls(claim.id)) expect(text, `${claim.id} prints ${url}`).toContain(url)
      await expect(note.getByRole('link', { name: /Back to claim/ })).toBeHidden()
    }
  })

  test('prints the timeline, with its overview, and every chart of the numbers', async ({ page }) => {
    await expect(page.locator('#timeline .timeline-overview')).toBeVisible()
    await expect(page.locator('#timeline ol > li')).toHaveCount(notesBundle.timeline.length)
    for (const figure of notesBundle.figures) {
      await expect(page.locator(`#numbers [data-figure="${figure.id}"] svg`)).toBeVisible()
    }
    // The notes of claims with numbers carry their charts too.
    if (claimWithChart) await expect(page.locator(`#note-${claimWithChart} [data-figure] svg`)).toBeVisible()
  })

  test('saves as a PDF of several pages holding the article and its notes', async ({ page }, testInfo) => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    await testInfo.attach('article.pdf', { body: pdf, contentType: 'application/pdf' })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []
    // The article and its notes, with the notes starting on a fresh page, fill several pages.
    expect(pages.length).toBeGreaterThanOrEqual(4)
    expect(pdf.length).toBeGreaterThan(50_000)
  })
})
