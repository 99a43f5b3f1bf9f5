// The article page's JSON-LD checked against schema.org's types, as data: every node's type is known,
// every property it uses belongs to that type (or a type it inherits from), the properties Google's
// fact-check markup requires are present, references point at nodes of the right type, and each
// rating lies within its own scale. The type table below is copied from schema.org (no network).
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { structuredData } from '../../src/lib/structured-data'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonNode = { [key: string]: Json }

interface TypeSpec {
  parent?: string
  /** The properties schema.org defines on this type itself (inherited ones come from the parent). */
  properties: string[]
  /** Required here: Google's ClaimReview guidelines and what this explainer promises for each node. */
  required?: string[]
  /** For properties whose value must be a node: the types it may have (a type or any of its subtypes). */
  ranges?: Record<string, string[]>
}

const SCHEMA: Record<string, TypeSpec> = {
  Thing: {
    properties: ['@id', '@type', 'name', 'alternateName', 'description', 'url', 'sameAs', 'identifier', 'image'],
  },
  CreativeWork: {
    parent: 'Thing',
    properties: [
      'about',
      'author',
      'datePublished',
      'dateModified',
      'headline',
      'inLanguage',
      'isAccessibleForFree',
      'isPartOf',
      'publisher',
      'text',
      'hasPart',
      'mainEntity',
      'mainEntityOfPage',
    ],
    ranges: {
      author: ['Person', 'Organization'],
      publisher: ['Person', 'Organization'],
      isPartOf: ['CreativeWork'],
      about: ['Thing'],
    },
  },
  Article: { parent: 'CreativeWork', properties: ['articleSection', 'articleBody', 'wordCount'] },
  NewsArticle: { parent: 'Article', properties: ['dateline'], required: ['headline'] },
  WebPage: {
    parent: 'CreativeWork',
    properties: ['breadcrumb', 'lastReviewed', 'reviewedBy', 'speakable'],
    required: ['url', 'name', 'datePublished', 'dateModified', 'publisher'],
  },
  Review: {
    parent: 'CreativeWork',
    properties: ['itemReviewed', 'reviewRating', 'reviewBody', 'reviewAspect'],
    ranges: { itemReviewed: ['Thing'], reviewRating: ['Rating'] },
  },
  ClaimReview: {
    parent: 'Review',
    properties: ['claimReviewed'],
    required: ['url', 'claimReviewed', 'reviewRating', 'author', 'itemReviewed', 'datePublished'],
    ranges: { itemReviewed: ['Claim'] },
  },
  Claim: {
    parent: 'CreativeWork',
    properties: ['appearance', 'firstAppearance', 'claimInterpreter'],
    required: ['appearance'],
    ranges: { appearance: ['CreativeWork'], firstAppearance: ['CreativeWork'] },
  },
  Intangible: { parent: 'Thing', properties: [] },
  Rating: {
    parent: 'Intangible',
    properties: ['ratingValue', 'bestRating', 'worstRating', 'author', 'ratingExplanation', 'reviewAspect'],
    required: ['alternateName'],
  },
  Organization: { parent: 'Thing', properties: ['logo'], required: ['name'] },
  Person: { parent: 'Thing', properties: ['givenName', 'familyName'], required: ['name'] },
}

/** The type and its ancestors, nearest first. */
function lineage(type: string): string[] {
  const chain: string[] = []
  for (let at: string | undefined = type; at !== undefined; at = SCHEMA[at]?.parent) chain.push(at)
  return chain
}
const isA = (type: string, ancestor: string) => lineage(type).includes(ancestor)
const allowed = (type: string) => new Set(lineage(type).flatMap((t) => SCHEMA[t]?.properties ?? []))
const required = (type: string) => lineage(type).flatMap((t) => SCHEMA[t]?.required ?? [])
const rangeOf = (type: string, property: string) =>
  lineage(type)
    .map((t) => SCHEMA[t]?.ranges?.[property])
    .find((range) => range !== undefined)

const isNode = (value: Json | undefined): value is JsonNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every problem with a graph, one line each: none means it fits the types above. */
function schemaProblems(graph: JsonNode[]): string[] {
  const problems: string[] = []
  const byId = new Map(graph.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node]] : [])))
  const resolve = (node: JsonNode) =>
    Object.keys(node).length === 1 && typeof node['@id'] === 'string' ? byId.get(node['@id']) : node

  function visit(node: JsonNode, where: string) {
    const type = node['@type']
    if (typeof type !== 'string' || !SCHEMA[type]) {
      problems.push(`${where}: unknown @type ${JSON.stringify(type)}`)
      return
    }
    const known = allowed(type)
    for (const property of Object.keys(node)) {
      if (!known.has(property)) problems.push(`${where}: ${type} has no property "${property}"`)
    }
    for (const property of required(type)) {
      if (node[property] === undefined) problems.push(`${where}: ${type} lacks required "${property}"`)
    }
    for (const [property, value] of Object.entries(node)) {
      if (!isNode(value)) continue
      const target = resolve(value)
      if (!target) {
        problems.push(`${where}.${property}: points at no node (${JSON.stringify(value)})`)
        continue
      }
      const range = rangeOf(type, property)
      const targetType = typeof target['@type'] === 'string' ? target['@type'] : ''
      if (range && !range.some((r) => isA(targetType, r))) {
        problems.push(`${where}.${property}: a ${targetType || 'node without @type'}, expected ${range.join(' or ')}`)
      }
      if (target === value) visit(value, `${where}.${property}`)
    }
    if (type === 'Rating' && node.ratingValue !== undefined) {
      const { ratingValue, bestRating, worstRating } = node
      if (typeof ratingValue !== 'number' || typeof bestRating !== 'number' || typeof worstRating !== 'number') {
        problems.push(`${where}: a rating value needs numeric bestRating and worstRating`)
      } else if (ratingValue < worstRating || ratingValue > bestRating) {
        problems.push(`${where}: ratingValue ${ratingValue} is outside ${worstRating}–${bestRating}`)
      }
    }
    if (type === 'Claim') {
      for (const property of ['appearance', 'firstAppearance']) {
        const appearance = isNode(node[property]) ? resolve(node[property] as JsonNode) : undefined
        for (const unsaid of ['author', 'datePublished', 'dateModified']) {
          if (appearance?.[unsaid] !== undefined) {
            problems.push(`${where}.${property}: the checked article names no ${unsaid}, so its node may not either`)
          }
        }
      }
    }
  }

  graph.forEach((node, index) => {
    visit(node, `@graph[${index}]`)
  })
  return problems
}

const site = { origin: 'https://example.org', name: 'Example explainer' }
const graphOf = (data: ReturnType<typeof structuredData>) => data['@graph'] as unknown as JsonNode[]

describe('the article page’s JSON-LD against schema.org’s types', () => {
  it('uses only known types and their properties, with every required property and reference in place', () => {
    const graph = graphOf(structuredData(content, notesBundle, site))
    expect(graph.filter((node) => node['@type'] === 'ClaimReview')).toHaveLength(content.claims.length)
    expect(schemaProblems(graph)).toEqual([])
  })

  it('finds each kind of fault in a broken graph', () => {
    const graph = structuredClone(graphOf(structuredData(content, notesBundle, site)))
    const [page, , review] = graph
    if (!page || !review || !isNode(review.reviewRating) || !isNode(review.itemReviewed)) {
      throw new Error('unexpected graph shape')
    }
    review.reviewRating.ratingValue = 9
    delete review.claimReviewed
    review.itemReviewed.appearance = { '@id': 'https://example.org/#nowhere' }
    review.itemReviewed.firstAppearance = { '@type': 'Rating', alternateName: 'x' }
    page.rating = 3
    expect(schemaProblems(graph)).toEqual([
      '@graph[0]: WebPage has no property "rating"',
      '@graph[2]: ClaimReview lacks required "claimReviewed"',
      expect.stringMatching(/^@graph\[2\]\.reviewRating: ratingValue 9 is outside [1-4]–4$/),
      '@graph[2].itemReviewed.appearance: points at no node ({"@id":"https://example.org/#nowhere"})',
      '@graph[2].itemReviewed.firstAppearance: a Rating, expected CreativeWork',
    ])
    // An author or a date on the checked article shows in every claim that appears in it.
    const dated = structuredClone(graphOf(structuredData(content, notesBundle, site)))
    const checked = dated[1]
    if (!checked) throw new Error('unexpected graph shape')
    checked.author = { '@type': 'Person', name: 'Someone' }
    checked.datePublished = '2026-11-28'
    const problems = schemaProblems(dated)
    expect(problems).toHaveLength(content.claims.length * 4)
    expect(problems).toEqual(
      expect.arrayContaining([
        '@graph[2].itemReviewed.appearance: the checked article names no author, so its node may not either',
        '@graph[2].itemReviewed.firstAppearance: the checked article names no datePublished, so its node may not either',
      ]),
    )
  })
})
