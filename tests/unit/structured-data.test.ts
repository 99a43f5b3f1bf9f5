import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { VERDICTS } from '../../src/content/types'
import { verdictScale } from '../../src/content/verdicts'
import { claimsInOrder } from '../../src/lib/article'
import { jsonLdScriptBody, structuredData } from '../../src/lib/structured-data'

const site = { origin: 'https://example.org', name: 'Example explainer' }
type Node = Record<string, unknown> & { '@type': string }
const graph = () => structuredData(content, notesBundle, site)['@graph'] as Node[]
const reviews = () => graph().filter((node) => node['@type'] === 'ClaimReview')

describe('structured data for the article page', () => {
  it('describes the article as a schema.org NewsArticle with its own title and address', () => {
    const data = structuredData(content, notesBundle, site)
    expect(data['@context']).toBe('https://schema.org')
    const articles = graph().filter((node) => node['@type'] === 'NewsArticle')
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({
      headline: content.article.title,
      url: 'https://example.org/',
      inLanguage: 'en',
      articleSection: content.article.sections.map((section) => section.title),
    })
  })

  it('reviews every key claim once, in reading order, with its exact words and its verdict', () => {
    const claims = claimsInOrder(content)
    expect(reviews().map((review) => review.claimReviewed)).toEqual(claims.map((claim) => claim.quote.exact))
    for (const [index, claim] of claims.entries()) {
      const review = reviews()[index]
      expect(review?.url).toBe(`https://example.org/?claim=${claim.id}`)
      expect(review?.reviewRating).toMatchObject({
        '@type': 'Rating',
        alternateName: verdictScale[claim.verdict].label,
      })
      expect(review?.author).toEqual({
        '@type': 'Organization',
        name: 'Example explainer',
        url: 'https://example.org/',
      })
      expect(review?.itemReviewed).toMatchObject({
        '@type': 'Claim',
        appearance: { '@id': 'https://example.org/#article' },
      })
    }
  })

  it('rates on a 1–4 scale, Contradicted 1 to Supported 4, and gives an unverifiable claim only its label', () => {
    // Every verdict on some claim, whatever the real content rates, so each point is checked.
    const everyVerdict = {
      ...content,
      claims: content.claims.map((claim, index) => ({
        ...claim,
        verdict: VERDICTS[index % VERDICTS.length] ?? 'supported',
      })),
    }
    const ratings = new Map(
      claimsInOrder(everyVerdict).map((claim, index) => [
        claim.verdict,
        (structuredData(everyVerdict, notesBundle, site)['@graph'] as Node[]).filter(
          (node) => node['@type'] === 'ClaimReview',
        )[index]?.reviewRating,
      ]),
    )
    expect(ratings.size).toBe(VERDICTS.length)
    const scale = { bestRating: 4, worstRating: 1 }
    expect(ratings.get('contradicted')).toMatchObject({ ratingValue: 1, ...scale, alternateName: 'Contradicted' })
    expect(ratings.get('not-borne-out')).toMatchObject({ ratingValue: 2, ...scale, alternateName: 'Not borne out' })
    expect(ratings.get('partly-supported')).toMatchObject({
      ratingValue: 3,
      ...scale,
      alternateName: 'Partly supported',
    })
    expect(ratings.get('supported')).toMatchObject({ ratingValue: 4, ...scale, alternateName: 'Supported' })
    expect(ratings.get('unverifiable')).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' })
  })

  it('dates the article by the explainer’s publication, and each review by its check and its last change', () => {
    const article = graph().find((node) => node['@type'] === 'NewsArticle')
    expect(article).toMatchObject({ datePublished: '2026-11-28', dateModified: '2026-11-29' })
    for (const [index, claim] of claimsInOrder(content).entries()) {
      const note = notesBundle.notes.find((n) => n.claimId === claim.id)
      const review = reviews()[index]
      expect(review?.datePublished, claim.id).toBe(note?.checked)
      expect(review?.datePublished, claim.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (note?.updated) expect(review?.dateModified, claim.id).toBe(note.updated)
      else expect(review, claim.id).not.toHaveProperty('dateModified')
    }
    // Both kinds occur: changed notes and claims added later.
    expect(reviews().filter((review) => review.dateModified === '2026-11-29').length).toBeGreaterThan(0)
    expect(reviews().filter((review) => review.dateModified === undefined).length).toBeGreaterThan(0)
  })

  it('names García Harfuch as the author of the claims he is reported to make, and no one for the narration', () => {
    const claims = claimsInOrder(content)
    for (const [index, claim] of claims.entries()) {
      const speaker = notesBundle.notes.find((note) => note.claimId === claim.id)?.speakerId
      const item = reviews()[index]?.itemReviewed as Record<string, unknown>
      if (speaker === 'garcia-harfuch') expect(item.author).toEqual({ '@type': 'Person', name: 'Omar García Harfuch' })
      else expect(item.author).toBeUndefined()
    }
    // Both kinds are tried: claims he is reported to make, and the article's own narration.
    const speakers = claims.map((claim) => notesBundle.notes.find((note) => note.claimId === claim.id)?.speakerId)
    expect(new Set(speakers.map((speaker) => speaker === 'garcia-harfuch'))).toEqual(new Set([true, false]))
  })
})

describe('jsonLdScriptBody', () => {
  it('cannot close its script element or open a comment, and parses back to the same data', () => {
    const data = { '@context': 'https://schema.org', name: '</script><script>alert(1)</script><!-- \u2028' }
    const body = jsonLdScriptBody(data)
    expect(body).not.toContain('<')
    expect(body).not.toContain('\u2028')
    expect(JSON.parse(body)).toEqual(data)
  })
})
