import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { publication } from '../../src/content/publication'
import { verdictScale } from '../../src/content/verdicts'
import { claimsInOrder } from '../../src/lib/article'
import { expect, test, waitForHydration } from './fixtures'

type Node = Record<string, unknown> & { '@type': string }
const claims = claimsInOrder(content)
const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]+\//.test(value)

test.describe('structured data in the built page', () => {
  test('every JSON-LD block parses, and together they describe the article and review each claim', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text()
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    )
    expect(blocks.length).toBeGreaterThan(0)
    const nodes: Node[] = []
    for (const block of blocks) {
      // The prerenderer escapes `<`: no text in the data could end the element early.
      expect(block).not.toContain('<')
      const data = JSON.parse(block) as Record<string, unknown>
      expect(data['@context']).toBe('https://schema.org')
      nodes.push(...((data['@graph'] as Node[] | undefined) ?? [data as Node]))
    }

    // This site's page is the explainer, with its own address and dates.
    const pages = nodes.filter((node) => node['@type'] === 'WebPage')
    expect(pages).toHaveLength(1)
    const page = pages[0] as Node
    expect(absolute(page.url)).toBe(true)
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
    expect(page.url).toBe(canonical)
    expect(page.datePublished).toBe(publication.published)
    expect(page.dateModified).toBe(publication.updated)
    // The checked article is where the claims appear: its headline only, no author, address or date.
    const articles = nodes.filter((node) => node['@type'] === 'NewsArticle')
    expect(articles).toHaveLength(1)
    const article = articles[0] as Node
    expect(article.headline).toBe(content.article.title)
    for (const unsaid of ['author', 'url', 'datePublished', 'dateModified']) expect(article).not.toHaveProperty(unsaid)

    const reviews = nodes.filter((node) => node['@type'] === 'ClaimReview')
    expect(reviews).toHaveLength(claims.length)
    // Both kinds are reviewed: verdicts on the scale, and unverifiable ones.
    expect(new Set(claims.map((claim) => claim.verdict === 'unverifiable'))).toEqual(new Set([true, false]))
    for (const claim of claims) {
      const review = reviews.find((r) => r.claimReviewed === claim.quote.exact)
      if (!review) throw new Error(`no ClaimReview of "${claim.quote.exact}"`)
      const rating = review.reviewRating as Record<string, unknown>
      // Google's required fields for a ClaimReview: claimReviewed, reviewRating.alternateName, url.
      expect(rating['@type']).toBe('Rating')
      expect(rating.alternateName).toBe(verdictScale[claim.verdict].label)
      // Unverifiable is not a point on the scale: it carries its label only.
      if (claim.verdict === 'unverifiable') expect(rating.ratingValue, claim.id).toBeUndefined()
      else {
        expect(rating.ratingValue, claim.id).toBeGreaterThanOrEqual(rating.worstRating as number)
        expect(rating.ratingValue, claim.id).toBeLessThanOrEqual(rating.bestRating as number)
      }
      expect(absolute(review.url)).toBe(true)
      expect(new URL(review.url as string).searchParams.get('claim')).toBe(claim.id)
      expect((review.author as Node)['@type']).toBe('Organization')
      expect((review.itemReviewed as Node)['@type']).toBe('Claim')
      expect((review.itemReviewed as Node).appearance).toEqual({ '@id': article['@id'] })
      expect((review.itemReviewed as Node).author).toBeUndefined()
      const note = notesBundle.notes.find((n) => n.claimId === claim.id)
      expect(review.reviewBody).toBe(note?.ruling)
      // Every review says when the claim was checked, and when its note last changed if it did.
      expect(review.datePublished).toBe(note?.checked)
      expect(review.dateModified).toBe(note?.updated)
      // The quote reviewed is the very text marked in the page.
      expect(html).toContain(claim.quote.exact)
    }
  })

  test('the page with its JSON-LD loads and hydrates with no Content-Security-Policy report', async ({ page }) => {
    await page.goto('/')
    await waitForHydration(page)
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).not.toContain("'unsafe-inline'")
    // The fixture fails the test on any console error, a CSP violation included.
  })
})
