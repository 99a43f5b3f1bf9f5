// Each edition the build has (tests/e2e/support/editions.ts) as a first-class page: the reader's
// journeys in every translation (the English ones are in reader, verdicts, print and no-js), each
// page in its own language only, the editions linked to each other for search engines and readers,
// the Spanish edition offered once and never forced, kept offline, and described in its language.
// An article without a translation has English only: then only the tests new for English exist.
import type { Page } from '@playwright/test'
import type { Verdict } from '../../src/content/types'
import { claimsInOrder } from '../../src/lib/article'
import { passagesOfTheme } from '../../src/lib/themes'
import {
  expect,
  highlightedClaims,
  markedPassages,
  test,
  underServiceWorker,
  waitForHydration,
  waitForIslands,
} from './fixtures'
import { ARTICLE_ONLY, violations } from './support/axe'
import { type Edition, editions, english, type Lang, translations } from './support/editions'
import { literal, openedClaim, walkedTheme } from './support/journey-subjects'

/** The edition's note on a claim: its ruling is what the dialog and the endnote say first. */
function noteOf(edition: Edition, claimId: string) {
  const note = edition.modules.claimNotes.find((n) => n.claimId === claimId)
  if (!note) throw new Error(`the ${edition.name} edition has no note on ${claimId}`)
  return note
}

/** The claim dialog of the edition, once it shows the claim's ruling (its content has loaded). */
async function claimDialog(page: Page, edition: Edition, claimId: string) {
  const dialog = page.getByRole('dialog', { name: edition.ui('dialog.heading') })
  await expect(dialog.getByText(noteOf(edition, claimId).ruling).first()).toBeVisible()
  return dialog
}

async function open(page: Page, url: string) {
  await page.goto(url)
  await waitForHydration(page)
}

for (const edition of translations) {
  const { article, claims, themes, verdictScale } = edition.modules
  const theme = themes.find((t) => t.id === walkedTheme.id)
  if (!theme) throw new Error(`the ${edition.name} edition has no theme ${walkedTheme.id}`)
  const lastSection = article.sections.at(-1)
  if (!lastSection) throw new Error(`the ${edition.name} article has no section`)

  test.describe(`the reader in ${edition.name}`, () => {
    test('jumping to the last section from the contents lands there and marks it current', {
      tag: '@journey',
    }, async ({ page }) => {
      await open(page, edition.base)
      const nav = page.getByRole('navigation', { name: edition.ui('reader.sections.navLabel') })
      const link = nav.getByRole('link', { name: new RegExp(literal(lastSection.title)) })
      await link.click()
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}#${lastSection.id}$`))
      await expect(link).toHaveAttribute('aria-current', 'true')
      await expect(page.getByRole('heading', { level: 2, name: lastSection.title })).toBeInViewport()
    })

    test('a theme turned on marks its passages, and its walk steps through them', { tag: '@journey' }, async ({
      page,
    }) => {
      await open(page, edition.base)
      const panel = page.getByRole('complementary', { name: edition.ui('reader.side.themesLabel') })
      await panel.getByRole('button', { name: new RegExp(literal(theme.label)) }).click()
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}\\?theme=${theme.id}`))
      const expected = passagesOfTheme(article, theme.id).map((passage) => passage.id)
      await expect.poll(() => markedPassages(page)).toEqual(expected)
      const inTheme = page.locator(`main [data-passage][data-themes~="${theme.id}"]`)
      const next = panel.getByRole('button', { name: edition.ui('walk.nextLabel.passage') })
      await next.click()
      await expect(panel.getByText(edition.ui('walk.position', { step: 1, total: expected.length }))).toBeVisible()
      await expect(inTheme.first()).toBeFocused()
      await next.click()
      await expect(panel.getByText(edition.ui('walk.position', { step: 2, total: expected.length }))).toBeVisible()
      await expect(inTheme.nth(1)).toBeFocused()
      await expect(inTheme.nth(1)).toBeInViewport()
    })

    test('a claim opens from the text in its dialog, Escape closes it, and focus returns to it', {
      tag: '@journey',
    }, async ({ page }) => {
      await open(page, edition.base)
      const link = page.locator(`main a[data-claim="${openedClaim.id}"]`)
      // The link a reader copies or opens in a new tab stays in this edition.
      await expect(link).toHaveAttribute('href', `${edition.base}?claim=${openedClaim.id}`)
      await link.click()
      await claimDialog(page, edition, openedClaim.id)
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}\\?claim=${openedClaim.id}`))
      await expect(link).toHaveAttribute('aria-expanded', 'true')
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await expect(page).not.toHaveURL(/claim=/)
      await expect(link).toBeFocused()
    })

    test('the verdict filter marks exactly the claims with that verdict', { tag: '@journey' }, async ({ page }) => {
      // The verdict that the most claims share, so the filter visibly leaves some out.
      const counts = new Map<Verdict, string[]>()
      for (const claim of claims) counts.set(claim.verdict, [...(counts.get(claim.verdict) ?? []), claim.id])
      const [verdict, ids] = [...counts].sort((a, b) => b[1].length - a[1].length)[0] ?? []
      if (!verdict || !ids) throw new Error('the article has no claims')
      expect(ids.length).toBeLessThan(claims.length)
      await open(page, edition.base)
      const label = `^${literal(edition.ui('reader.verdicts.count', { count: ids.length, label: verdictScale[verdict].label }))}$`
      await page
        .getByRole('region', { name: edition.ui('reader.verdicts.heading') })
        .getByRole('button', { name: new RegExp(label, 'i') })
        .click()
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}\\?verdict=${verdict}$`))
      await expect.poll(async () => (await highlightedClaims(page)).sort()).toEqual([...ids].sort())
    })

    test.describe('on a 390 × 844 phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

      test('a claim opens as a bottom sheet, and closes with its button', { tag: '@journey' }, async ({ page }) => {
        await open(page, edition.base)
        await page.locator(`main a[data-claim="${openedClaim.id}"]`).click()
        const sheet = await claimDialog(page, edition, openedClaim.id)
        const box = await sheet.boundingBox()
        expect(box?.width).toBeLessThanOrEqual(390)
        // A sheet: it rises from the bottom edge and leaves the top of the page in sight.
        expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) - 844)).toBeLessThanOrEqual(1)
        expect(box?.y).toBeGreaterThan(0)
        await sheet.getByRole('button', { name: edition.ui('dialog.closeLabel') }).click()
        await expect(page.getByRole('dialog')).toHaveCount(0)
      })
    })

    test('printed, the notes on the claims are on paper and the page’s header is not', { tag: '@journey' }, async ({
      page,
    }) => {
      await open(page, `${edition.base}?claim=${openedClaim.id}`)
      await claimDialog(page, edition, openedClaim.id)
      await page.emulateMedia({ media: 'print' })
      await expect(page.locator('header').first()).toBeHidden()
      await expect(page.locator('[role="dialog"]')).toBeHidden()
      const notes = page.locator('#notes')
      await expect(notes).toBeVisible()
      await expect(notes.locator('li.endnote')).toHaveCount(claims.length)
      await expect(page.locator(`[id="note-${openedClaim.id}"]`)).toContainText(noteOf(edition, openedClaim.id).ruling)
    })

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false })

      test('the translation reads in full, each passage with its original, and a claim leads to its endnote', {
        tag: '@journey',
      }, async ({ page }) => {
        const originals = edition.modules.originals
        if (!originals) throw new Error(`the ${edition.name} edition carries no originals`)
        await page.goto(edition.base)
        const main = page.getByRole('main')
        await expect(main.getByRole('heading', { level: 1 })).toContainText(article.title)
        await expect(main.locator('.translation-mark')).toHaveText(edition.ui('layout.translationMark'))
        for (const passage of article.sections.flatMap((section) => section.passages)) {
          const text = main.locator(`[data-passage="${passage.id}"]`)
          await expect(text).toHaveText(passage.text)
          const original = main.locator(`[data-passage="${passage.id}"] + details.passage-original p[lang="en"]`)
          await expect(original, passage.id).toHaveText(originals.passages[passage.id] ?? '')
        }
        const first = claimsInOrder(edition.modules)[0]
        if (!first) throw new Error('the article has no claims')
        const link = main.locator(`a[data-claim="${first.id}"]`)
        await expect(link).toHaveAttribute('href', `#note-${first.id}`)
        await link.click()
        await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}#note-${first.id}$`))
        await expect(page.locator(`[id="note-${first.id}"]`)).toBeInViewport()
      })
    })
  })

  test.describe(`${edition.name} pages scanned once each with axe`, () => {
    test('the article with a theme on, an original shown and a claim open, and its parts after it', async ({
      page,
    }) => {
      await open(page, `${edition.base}?theme=${theme.id}&claim=${openedClaim.id}`)
      await claimDialog(page, edition, openedClaim.id)
      const original = page.locator('details.passage-original').first()
      await original.getByText(edition.ui('layout.originalToggle')).click()
      await expect(original.locator('p[lang="en"]')).toBeVisible()
      expect(await violations(page, ARTICLE_ONLY)).toEqual([])
      await page.goto(`${edition.base}#timeline`)
      await waitForHydration(page)
      await expect(page.locator('#timeline svg')).toBeVisible()
      expect(await violations(page, { within: ['.explainer-matter'] })).toEqual([])
    })

    test.describe('in dark mode', () => {
      test.use({ colorScheme: 'dark' })
      test('the marks of our translation, an original shown and the language switch', async ({ page }) => {
        await open(page, edition.base)
        const original = page.locator('details.passage-original').first()
        await original.getByText(edition.ui('layout.originalToggle')).click()
        await expect(original.locator('p[lang="en"]')).toBeVisible()
        expect(
          await violations(page, { within: ['.original-title', 'details.passage-original', '.language-switch'] }),
        ).toEqual([])
      })
    })

    test.describe('with the not-found page', () => {
      test.use({ allowConsole: [/status of 404/] })
      test('the sources page and the not-found page', async ({ page }) => {
        await page.goto(edition.path('/sources'))
        await expect(page.getByRole('heading', { level: 1, name: edition.ui('sources.title') })).toBeVisible()
        expect(await violations(page)).toEqual([])
        await page.goto(edition.path('/no-such-page'))
        await expect(page.getByRole('heading', { level: 1, name: edition.ui('notFound.title') })).toBeVisible()
        expect(await violations(page)).toEqual([])
      })
    })
  })

  test(`${edition.name} is kept offline by the service worker`, async ({ page, context }) => {
    await page.goto(edition.base)
    await underServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await waitForHydration(page)
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title)
  })
}

test.describe('the keyboard', () => {
  for (const edition of editions) {
    test(`in ${edition.name}, n opens the first claim, then the next`, { tag: '@journey' }, async ({ page }) => {
      const [first, second] = claimsInOrder(edition.modules)
      if (!first || !second) throw new Error('the article has fewer than two claims')
      await open(page, edition.base)
      await page.keyboard.press('n')
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}\\?claim=${first.id}`))
      await claimDialog(page, edition, first.id)
      await page.keyboard.press('n')
      await expect(page).toHaveURL(new RegExp(`${literal(edition.base)}\\?claim=${second.id}`))
      await claimDialog(page, edition, second.id)
    })
  }
})

test.describe('without JavaScript, a claim’s address', () => {
  test.use({ javaScriptEnabled: false })
  for (const edition of editions) {
    test(`${edition.base}?claim= still shows the ${edition.name} article`, { tag: '@journey' }, async ({ page }) => {
      await page.goto(`${edition.base}?claim=${openedClaim.id}`)
      const main = page.getByRole('main')
      await expect(main.getByRole('heading', { level: 1 })).toContainText(edition.modules.article.title)
      await expect(main.locator('[data-passage]')).toHaveCount(
        edition.modules.article.sections.flatMap((section) => section.passages).length,
      )
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang)
    })
  }
})

// ---------------------------------------------------------------------------------------------
// Each page in its own language only.

/**
 * The interface texts of `other` that `edition` must never show: those of 12 or more characters
 * that are not also `edition`'s words, cut at their {placeholders} (what fills one is not the
 * interface's). Shorter texts ("Close", "Temas") are too likely to be names or shared words.
 */
function foreignTexts(edition: Edition, other: Edition): string[] {
  const own = Object.values(edition.modules.ui)
  const ownSet = new Set(own)
  const parts = Object.values(other.modules.ui)
    .filter((text) => !ownSet.has(text))
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length >= 12 && !own.some((text) => text.includes(part)))
  return [...new Set(parts)]
}

/**
 * The page's text as a reader sees or hears it, leaving out what is marked as in `foreign` (an
 * original passage, the switch to the other language): its rendered text and its elements' labels.
 */
function textOutside(page: Page, foreign: string): Promise<string> {
  return page.evaluate((lang) => {
    // Parts off screen skip their rendering (content-visibility: auto), and innerText leaves out
    // what is not rendered: render every part while the text is read, so what is read never
    // depends on where the page was scrolled.
    const skipping = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (element) => getComputedStyle(element).contentVisibility === 'auto',
    )
    for (const element of skipping) element.style.setProperty('content-visibility', 'visible', 'important')
    const marked = [...document.body.querySelectorAll<HTMLElement>(`[lang="${lang}"]`)]
    const before = marked.map((element) => element.style.getPropertyValue('display'))
    for (const element of marked) element.style.setProperty('display', 'none', 'important')
    const labels = [...document.body.querySelectorAll('[aria-label]')]
      .filter((element) => !element.closest(`[lang="${lang}"]`) && element.checkVisibility())
      .map((element) => element.getAttribute('aria-label'))
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the rendered text (it skips what is hidden), which is the point here
    const text = [document.title, document.body.innerText, ...labels].join('\n')
    marked.forEach((element, i) => {
      element.style.setProperty('display', before[i] ?? '')
    })
    for (const element of skipping) element.style.removeProperty('content-visibility')
    return text.replace(/\s+/g, ' ')
  }, foreign)
}

/** A full date as each edition writes it, the other's way: "4 December 2026", "4 de diciembre de 2026". */
const DATES: Record<Lang, RegExp> = {
  en: new RegExp(`\\b\\d{1,2} (${monthNames('en-GB').join('|')}) \\d{4}\\b`, 'g'),
  es: new RegExp(`\\b\\d{1,2} de (${monthNames('es-MX').join('|')}) de \\d{4}\\b`, 'g'),
}

function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2026, month, 1)))
}

/** The edition an address of this site is in: the one with the longest base it starts with. */
function editionOf(pathname: string): Edition | undefined {
  return [...editions].sort((a, b) => b.base.length - a.base.length).find((e) => `${pathname}/`.startsWith(e.base))
}

if (translations.length > 0) {
  for (const edition of editions) {
    const others = editions.filter((e) => e !== edition)
    const { claims, article } = edition.modules
    const claim = claims.find((c) => c.id === openedClaim.id) ?? openedClaim
    test.describe(`${edition.name} pages in ${edition.name} only`, () => {
      test.use({ allowConsole: [/status of 404/] })
      test(`no interface text of another edition shows outside what is marked as in its language`, async ({ page }) => {
        const states = [
          {
            url: `${edition.base}?theme=${walkedTheme.id}&claim=${claim.id}`,
            ready: async () => {
              await waitForHydration(page)
              await claimDialog(page, edition, claim.id)
              await expect(page.locator('main article')).toHaveAttribute('data-active-theme', walkedTheme.id)
              // The parts after the article arrive with the context chunk, which may come after the dialog's.
              await expect(page.locator('#notes')).toContainText(edition.ui('endnotes.intro'))
            },
            // What shows that the text was read in full: the dialog, the themes panel, the notes.
            expected: [
              edition.ui('dialog.heading'),
              edition.ui('reader.themes.showAll'),
              edition.ui('endnotes.intro'),
              article.title,
            ],
          },
          {
            url: edition.path('/sources'),
            ready: () => waitForIslands(page),
            expected: [edition.ui('sources.intro')],
          },
          {
            url: edition.path('/no-such-page'),
            ready: () => waitForIslands(page),
            expected: [edition.ui('notFound.body')],
          },
          {
            // The phone's own controls: the reader bar and the themes drawer.
            url: edition.base,
            phone: true,
            ready: async () => {
              await waitForHydration(page)
              await page
                .getByRole('button', { name: new RegExp(`^${literal(edition.ui('reader.bar.themes'))}`) })
                .click()
              await expect(
                page.getByRole('complementary', { name: edition.ui('reader.side.themesLabel') }),
              ).toBeVisible()
            },
            expected: [edition.ui('reader.side.closeDrawer.themes'), edition.ui('reader.bar.contents')],
          },
        ]
        for (const state of states) {
          if ('phone' in state) await page.setViewportSize({ width: 390, height: 844 })
          await page.goto(state.url)
          await state.ready()
          await expect(page.locator('html'), state.url).toHaveAttribute('lang', edition.lang)
          for (const other of others) {
            const text = await textOutside(page, other.lang)
            const shown = foreignTexts(edition, other).filter((part) => text.includes(part))
            expect.soft(shown, `${other.name} interface text on ${state.url}`).toEqual([])
            expect.soft(text.match(DATES[other.lang]) ?? [], `${other.name} dates on ${state.url}`).toEqual([])
            for (const expected of state.expected) expect.soft(text, state.url).toContain(expected.replace(/\s+/g, ' '))
          }
          // A link that leaves the edition says so (hreflang): the language switch does, nothing else may.
          const leaving = (
            await page
              .locator('a[href^="/"]:not([hreflang])')
              .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
          ).filter((path) => editionOf(path) !== edition)
          expect.soft(leaving, `links out of the ${edition.name} edition on ${state.url}`).toEqual([])
        }
      })
    })
  }
}

// ---------------------------------------------------------------------------------------------
// The editions linked to each other.

type Head = { lang?: string; canonical?: string; alternates: Record<string, string>; robots?: string }

/** What a page's built HTML tells search engines about its language and its other editions. */
function headOf(html: string): Head {
  const attributes = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]))
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => attributes(tag))
  const alternates: Record<string, string> = {}
  for (const link of links) if (link.rel === 'alternate' && link.hreflang) alternates[link.hreflang] = link.href ?? ''
  return {
    lang: html.match(/<html\b[^>]*\blang="([^"]*)"/)?.[1],
    canonical: links.find((link) => link.rel === 'canonical')?.href,
    alternates,
    robots: [...html.matchAll(/<meta\b[^>]*>/g)].map(([tag]) => attributes(tag)).find((m) => m.name === 'robots')
      ?.content,
  }
}

for (const edition of translations) {
  const pair = [english, edition]
  for (const path of ['/', '/sources']) {
    test(`${path} and ${edition.path(path)} are each other’s alternates, each its own canonical`, async ({
      request,
    }) => {
      const heads = await Promise.all(pair.map(async (e) => headOf(await (await request.get(e.path(path))).text())))
      const canonicals = heads.map((head) => head.canonical ?? '')
      for (const [i, e] of pair.entries()) {
        const head = heads[i] as Head
        expect(head.lang, e.path(path)).toBe(e.lang)
        expect(new URL(canonicals[i] ?? '').pathname, `${e.path(path)} canonical`).toBe(e.path(path))
        // Reciprocal: each names itself and the other by their canonical addresses, English the default.
        expect(head.alternates, e.path(path)).toEqual({
          en: canonicals[0],
          [edition.lang]: canonicals[1],
          'x-default': canonicals[0],
        })
      }
    })
  }

  test.describe(`the ${edition.name} not-found page`, () => {
    test('answers 404 in its language and asks not to be indexed', async ({ request }) => {
      const response = await request.get(edition.path('/no/such/page'))
      expect(response.status()).toBe(404)
      const head = headOf(await response.text())
      expect(head).toEqual({ lang: edition.lang, canonical: undefined, alternates: {}, robots: 'noindex' })
    })
  })

  for (const [from, to] of [
    [edition, english],
    [english, edition],
  ] as const) {
    test(`the switch from ${from.name} to ${to.name} keeps the claim open`, async ({ page }) => {
      await open(page, `${from.base}?claim=${openedClaim.id}`)
      await claimDialog(page, from, openedClaim.id)
      const link = page.locator(`header .language-switch a[hreflang="${to.lang}"]`)
      await expect(link).toHaveAttribute('lang', to.lang)
      await link.click()
      await expect(page).toHaveURL(new RegExp(`^[^?]+//[^/]+${literal(to.base)}\\?claim=${openedClaim.id}(#[\\w-]+)?$`))
      await waitForHydration(page)
      await expect(page.locator('html')).toHaveAttribute('lang', to.lang)
      await claimDialog(page, to, openedClaim.id)
    })

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false })
      test(`a claim’s endnote in ${from.name} links to the same endnote in ${to.name}`, async ({ page }) => {
        const id = `note-${openedClaim.id}`
        await page.goto(`${from.base}#${id}`)
        const link = page.locator(`[id="${id}"] a[hreflang="${to.lang}"]`)
        await expect(link).toHaveAttribute('href', `${to.base}#${id}`)
        await link.click()
        await expect(page).toHaveURL(new RegExp(`${literal(to.base)}#${id}$`))
        await expect(page.locator('html')).toHaveAttribute('lang', to.lang)
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport()
        await expect(page.locator(`[id="${id}"]`)).toContainText(noteOf(to, openedClaim.id).ruling)
      })
    })
  }
}

// ---------------------------------------------------------------------------------------------
// The Spanish edition offered, once, to a reader whose browser prefers Spanish; never forced.

const spanish = translations.find((e) => e.lang === 'es')
if (spanish) {
  test.describe('a browser that prefers Spanish', () => {
    test.use({ locale: 'es-MX' })

    test('is offered the Spanish edition once on the English page, and stays there', async ({ page }) => {
      await open(page, english.base)
      const offer = page.locator('.language-offer')
      await expect(offer).toBeVisible()
      await expect(offer).toHaveAttribute('lang', 'es')
      await expect(offer).toContainText(spanish.ui('notice.preferSpanish'))
      expect(new URL(page.url()).pathname).toBe(english.base)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      const link = offer.getByRole('link', { name: spanish.ui('notice.preferSpanishLink') })
      await expect(link).toHaveAttribute('href', new RegExp(`^${literal(spanish.base)}(#[\\w-]+)?$`))
      expect(await violations(page, { within: ['.language-offer'] })).toEqual([])
      await page.keyboard.press('Escape')
      await expect(offer).toHaveCount(0)

      await page.reload()
      await waitForHydration(page)
      // The offer shows after hydration: give it the frames it would take before saying it did not.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
      await expect(offer).toHaveCount(0)
    })

    test('can dismiss the offer with its button', async ({ page }) => {
      await open(page, english.base)
      const offer = page.locator('.language-offer')
      await offer.getByRole('button', { name: spanish.ui('notice.preferSpanishDismiss') }).click()
      await expect(offer).toHaveCount(0)
      await expect(page).toHaveURL(new RegExp(`${literal(english.base)}$`))
    })

    test('follows the offer to the Spanish page', async ({ page }) => {
      await open(page, english.base)
      await page
        .locator('.language-offer')
        .getByRole('link', { name: spanish.ui('notice.preferSpanishLink') })
        .click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'es')
      expect(new URL(page.url()).pathname).toBe(spanish.base)
    })
  })

  test.describe('a browser that prefers English', () => {
    test.use({ locale: 'en-GB' })

    test('is offered nothing', async ({ page }) => {
      await open(page, english.base)
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
      await expect(page.locator('.language-offer')).toHaveCount(0)
      expect(await page.evaluate(() => localStorage.getItem('language-offer'))).toBeNull()
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Structured data in the page's language.

type Node = Record<string, unknown> & { '@type': string }

for (const edition of editions) {
  test(`the ${edition.name} page’s JSON-LD is in ${edition.name} and points to its own addresses`, async ({
    request,
  }) => {
    const html = await (await request.get(edition.base)).text()
    const nodes = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
      ([, block]) => {
        const data = JSON.parse(block ?? '{}') as Record<string, unknown>
        return (data['@graph'] as Node[] | undefined) ?? [data as Node]
      },
    )
    const webPage = nodes.find((node) => node['@type'] === 'WebPage')
    expect(webPage?.inLanguage).toBe(edition.lang)
    expect(webPage?.url).toBe(headOf(html).canonical)
    const reviews = nodes.filter((node) => node['@type'] === 'ClaimReview')
    expect(reviews).toHaveLength(edition.modules.claims.length)
    for (const claim of edition.modules.claims) {
      const review = reviews.find((r) => r.claimReviewed === claim.quote.exact)
      expect(review, `a review of “${claim.quote.exact}”`).toBeDefined()
      expect(review?.inLanguage, claim.id).toBe(edition.lang)
      expect(review?.reviewBody, claim.id).toBe(noteOf(edition, claim.id).ruling)
      const url = new URL(String(review?.url))
      expect(url.pathname + url.search, claim.id).toBe(`${edition.base}?claim=${claim.id}`)
    }
  })
}
