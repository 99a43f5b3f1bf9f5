import { publication } from '../content/publication'
import type { Claim, ContentBundle, NotesBundle, Verdict } from '../content/types'
import { verdictScale } from '../content/verdicts'
import { claimsInOrder } from './article'
import { claimPath, editionPath } from './claim-url'
import { LANG, t } from './i18n'
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
export const articleUrl = (site: Site) => `${site.origin}${editionPath('')}`
export const claimUrl = (site: Site, claimId: string) => `${site.origin}${claimPath(claimId)}`
/** The graph id of this site's page (the explainer), which every ClaimReview is part of. */
const pageId = (site: Site) => `${articleUrl(site)}#webpage`
/**
 * The graph id of the checked article, where every claim appears. It is not this site's publication:
 * it came with no author, outlet or date, so its node carries its headline only.
 */
const checkedArticleId = (site: Site) => `${articleUrl(site)}#checked-article`

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

/**
 * Who the claim is by. A named person only where the record holds that person's own words for it;
 * otherwise the claim is the article's (its narration, or its report of someone), said in words,
 * since schema.org's Claim author may only be a Person or an Organization and the article is neither.
 */
function claimSource(claim: Claim, notes: NotesBundle, headline: string): JsonLd {
  const note = noteOf(notes, claim.id)
  const person = note ? notes.people.find((p) => p.id === note.speakerId) : undefined
  if (person && note?.wordsOnRecord) return { author: { '@type': 'Person', name: person.name } }
  return {
    description: person
      ? t('jsonld.reportedBy', { headline, person: person.name })
      : t('jsonld.ownVoice', { headline }),
  }
}

function claimReview(claim: Claim, notes: NotesBundle, site: Site, headline: string): JsonLd {
  const note = noteOf(notes, claim.id)
  const article = { '@id': checkedArticleId(site) }
  return {
    '@type': 'ClaimReview',
    '@id': `${claimUrl(site, claim.id)}#review`,
    url: claimUrl(site, claim.id),
    name: `${claimLabel(notes, claim.id)}: ${verdictScale[claim.verdict].label}`,
    claimReviewed: claim.quote.exact,
    reviewRating: rating(claim.verdict),
    // Our one-sentence ruling, as the page prints it; when we checked the claim, and when we last
    // changed the note (the corrections log says how).
    ...(note ? { reviewBody: note.ruling, datePublished: note.checked } : {}),
    ...(note?.updated ? { dateModified: note.updated } : {}),
    author: { '@type': 'Organization', name: site.name, url: articleUrl(site) },
    itemReviewed: {
      '@type': 'Claim',
      ...claimSource(claim, notes, headline),
      appearance: article,
      firstAppearance: article,
    },
    isPartOf: { '@id': pageId(site) },
    inLanguage: LANG,
  }
}

/**
 * The schema.org description of the article page: the explainer as a WebPage (with its own dates
 * and publisher), the checked article as the NewsArticle every claim appears in (its headline only:
 * it names no author, outlet or date), and one ClaimReview per checked claim (in reading order), as
 * a single JSON-LD graph.
 */
export function structuredData(content: ContentBundle, notes: NotesBundle, site: Site): JsonLd {
  const headline = content.article.title
  const checkedArticle: JsonLd = {
    '@type': 'NewsArticle',
    '@id': checkedArticleId(site),
    headline,
    inLanguage: LANG,
  }
  const page: JsonLd = {
    '@type': 'WebPage',
    '@id': pageId(site),
    name: t('jsonld.pageName', { headline }),
    url: articleUrl(site),
    inLanguage: LANG,
    isAccessibleForFree: true,
    datePublished: publication.published,
    dateModified: publication.updated,
    about: { '@id': checkedArticleId(site) },
    publisher: { '@type': 'Organization', name: site.name, url: articleUrl(site) },
  }
  return {
    '@context': 'https://schema.org',
    '@graph': [
      page,
      checkedArticle,
      ...claimsInOrder(content).map((claim) => claimReview(claim, notes, site, headline)),
    ],
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
