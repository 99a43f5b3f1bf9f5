import { publication } from '../content/publication'
import type { Claim, ContentBundle, NotesBundle, Verdict } from '../content/types'
import { verdictScale } from '../content/verdicts'
import { claimsInOrder } from './article'
import { claimPath } from './claim-url'
import { claimLabel, noteOf } from './notes'

/** Where and under what name the explainer is published (absolute origin, no trailing slash). */
export interface Site {
  origin: string
  name: string
}

type JsonLd = { [key: string]: JsonValue }
type JsonValue = string | number | boolean | JsonLd | JsonValue[]

/**
 * The record-check scale as schema.org numbers, worst 1 to best 4. "Unverifiable" is not a point
 * on that scale, so its rating carries only its label (alternateName), as fact-checkers do.
 */
const RATING_VALUES: Partial<Record<Verdict, number>> = {
  contradicted: 1,
  'not-borne-out': 2,
  'partly-supported': 3,
  supported: 4,
}
const BEST_RATING = 4
const WORST_RATING = 1

/** The absolute URL of the article page, and of the article page opened on one claim. */
export const articleUrl = (site: Site) => `${site.origin}/`
export const claimUrl = (site: Site, claimId: string) => `${site.origin}${claimPath(claimId)}`
/** The graph id of the NewsArticle node, which every ClaimReview points back to. */
const articleId = (site: Site) => `${articleUrl(site)}#article`

function rating(verdict: Verdict): JsonLd {
  const value = RATING_VALUES[verdict]
  const label = verdictScale[verdict].label
  return value === undefined
    ? { '@type': 'Rating', alternateName: label }
    : {
        '@type': 'Rating',
        ratingValue: value,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: label,
      }
}

function claimReview(claim: Claim, notes: NotesBundle, site: Site): JsonLd {
  const note = noteOf(notes, claim.id)
  // A speaker who is also in "Who's who" is a named person; the article's own narration has no author.
  const person = note ? notes.people.find((p) => p.id === note.speakerId) : undefined
  const article = { '@id': articleId(site) }
  return {
    '@type': 'ClaimReview',
    '@id': `${claimUrl(site, claim.id)}#review`,
    url: claimUrl(site, claim.id),
    name: `${claimLabel(notes, claim.id)}: ${verdictScale[claim.verdict].label}`,
    claimReviewed: claim.quote.exact,
    reviewRating: rating(claim.verdict),
    // When we checked the claim, and when we last changed the note (the corrections log says how).
    ...(note ? { reviewBody: note.record, datePublished: note.checked } : {}),
    ...(note?.updated ? { dateModified: note.updated } : {}),
    author: { '@type': 'Organization', name: site.name, url: articleUrl(site) },
    itemReviewed: {
      '@type': 'Claim',
      ...(person ? { author: { '@type': 'Person', name: person.name } } : {}),
      appearance: article,
      firstAppearance: article,
    },
    isPartOf: article,
    inLanguage: 'en',
  }
}

/**
 * The schema.org description of the article page: one NewsArticle for the article and one
 * ClaimReview per checked claim (in reading order), as a single JSON-LD graph.
 */
export function structuredData(content: ContentBundle, notes: NotesBundle, site: Site): JsonLd {
  const newsArticle: JsonLd = {
    '@type': 'NewsArticle',
    '@id': articleId(site),
    headline: content.article.title,
    url: articleUrl(site),
    mainEntityOfPage: articleUrl(site),
    inLanguage: 'en',
    isAccessibleForFree: true,
    // The explainer's dates: the article it reproduces came with none.
    datePublished: publication.published,
    dateModified: publication.updated,
    articleSection: content.article.sections.map((section) => section.title),
    publisher: { '@type': 'Organization', name: site.name, url: articleUrl(site) },
  }
  return {
    '@context': 'https://schema.org',
    '@graph': [newsArticle, ...claimsInOrder(content).map((claim) => claimReview(claim, notes, site))],
  }
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is escaped so no text in the data
 * can close the element or open a comment, and line separators so old parsers read it as JSON.
 */
export function jsonLdScriptBody(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
