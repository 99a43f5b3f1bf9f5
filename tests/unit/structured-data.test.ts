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
  it('describes this site’s page as a WebPage, and the checked article by its headline alone', () => {
    const data = structuredData(content, notesBundle, site)
    expect(data['@context']).toBe('https://schema.org')
    const pages = graph().filter((node) => node['@type'] === 'WebPage')
    expect(pages).toHaveLength(1)
    expect(pages[0]).toMatchObject({
      '@id': 'https://example.org/#webpage',
      url: 'https://example.org/',
      inLanguage: 'en',
      about: { '@id': 'https://example.org/#checked-article' },
      publisher: { '@type': 'Organization', name: 'Example explainer' },
    })
    expect(pages[0]?.name).toBe(`“${content.article.title}”: the article, checked`)
    // The article checked is not this site's publication: it came with no author, outlet, address or date.
    const articles = graph().filter((node) => node['@type'] === 'NewsArticle')
    expect(articles).toEqual([
      {
        '@type': 'NewsArticle',
        '@id': 'https://example.org/#checked-article',
        headline: content.article.title,
        inLanguage: 'en',
      },
    ])
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
        appearance: { '@id': 'https://example.org/#checked-article' },
        firstAppearance: { '@id': 'https://example.org/#checked-article' },
      })
      expect(review?.isPartOf).toEqual({ '@id': 'https://example.org/#webpage' })
      // The review's body is the ruling the page prints, no more.
      expect(review?.reviewBody).toBe(notesBundle.notes.find((note) => note.claimId === claim.id)?.ruling)
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

  it('dates this site’s page by the explainer’s publication, and each review by its check and its last change', () => {
    const page = graph().find((node) => node['@type'] === 'WebPage')
    expect(page).toMatchObject({ datePublished: '2026-11-28', dateModified: '2026-12-04' })
    for (const [index, claim] of claimsInOrder(content).entries()) {
      const note = notesBundle.notes.find((n) => n.claimId === claim.id)
      const review = reviews()[index]
      expect(review?.datePublished, claim.id).toBe(note?.checked)
      expect(review?.datePublished, claim.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (note?.updated) expect(review?.dateModified, claim.id).toBe(note.updated)
      else expect(review, claim.id).not.toHaveProperty('dateModified')
    }
    // Both kinds occur: changed notes and claims added later.
    expect(reviews().filter((review) => review.dateModified === '2026-12-04').length).toBeGreaterThan(0)
    expect(reviews().filter((review) => review.dateModified === undefined).length).toBeGreaterThan(0)
  })

  it('names no person as a claim’s author where the record holds none of their words: the claim is the article’s', () => {
    const claims = claimsInOrder(content)
    const title = content.article.title
    for (const [index, claim] of claims.entries()) {
      const speaker = notesBundle.notes.find((note) => note.claimId === claim.id)?.speakerId
      const item = reviews()[index]?.itemReviewed as Record<string, unknown>
      expect(item.author, claim.id).toBeUndefined()
      expect(item.description, claim.id).toBe(
        speaker === 'garcia-harfuch'
          ? `As reported by the article “${title}”, which attributes it to Omar García Harfuch, whose own words on it are not on record.`
          : `As stated by the article “${title}” in its own voice.`,
      )
    }
    // Both kinds occur in the real content.
    const speakers = new Set(notesBundle.notes.map((note) => note.speakerId))
    expect([...speakers].sort()).toEqual(['article', 'garcia-harfuch'])
  })

  it('names the person as author only where a note says the record holds their own words', () => {
    const withWords = {
      ...notesBundle,
      notes: notesBundle.notes.map((note) =>
        note.claimId === 'white-house-role' ? { ...note, wordsOnRecord: true } : note,
      ),
    }
    const claims = claimsInOrder(content)
    const index = claims.findIndex((claim) => claim.id === 'white-house-role')
    const nodes = structuredData(content, withWords, site)['@graph'] as Node[]
    const item = nodes.filter((node) => node['@type'] === 'ClaimReview')[index]?.itemReviewed as Record<string, unknown>
    expect(item.author).toEqual({ '@type': 'Person', name: 'Omar García Harfuch' })
    expect(item).not.toHaveProperty('description')
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
