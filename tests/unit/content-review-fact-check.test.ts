// Content review of this article's explainer: the numbers add up, no figure is presented as current,
// the scale is applied one way, the frame is checked and quoted, and the corrections log names every
// claim and takeaway whose published text changed since each published snapshot (the fixtures).
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { corrections } from '../../src/content/corrections'
import { editorial } from '../../src/content/editorial'
import { notesBundle } from '../../src/content/notes'
import { site } from '../../src/content/site'
import {
  figurePairIn,
  percentageMatches,
  percentagesIn,
  readerWordings,
  sentencesOf,
  statedPercentages,
  UNDATED_WORDS,
  undatedNearFigures,
} from '../../src/content/validation/wording-rules'
import published29 from './fixtures/published-2026-11-29.json'
import published04 from './fixtures/published-2026-12-04.json'

const { article, claims } = content
const { notes, facts } = notesBundle
const wordings = readerWordings({ ...notesBundle, article, editorial })
const noteOf = (claimId: string) => notes.find((note) => note.claimId === claimId)

describe('content review: numbers', () => {
  it('prints each percentage beside the two figures it comes from, recomputed from them', () => {
    const computed: string[] = []
    const stated = statedPercentages(facts)
    for (const { id, field, text } of wordings) {
      for (const sentence of sentencesOf(text)) {
        const pair = figurePairIn(sentence)
        for (const printed of percentagesIn(sentence)) {
          if (pair && percentageMatches(printed, pair)) {
            computed.push(`${pair.from} -> ${pair.to}: ${printed.value}%`)
            continue
          }
          // Otherwise only a percentage the record states without figures (the 0.7% proposed rise, 25% tariffs).
          expect(stated.has(printed.value), `${id} ${field}: ${printed.value}% in “${sentence}”`).toBe(true)
        }
      }
    }
    expect([...stated].sort((a, b) => a - b)).toEqual([0.7, 25])
    // 105,838 to 70,422 million pesos is a 33.5% nominal fall; 86.9 to 52.4 a day is about 40% (39.7%).
    expect(new Set(computed)).toEqual(new Set(['105838 -> 70422: 33.5%', '86.9 -> 52.4: 40%']))
    expect(((105_838 - 70_422) / 105_838) * 100).toBeCloseTo(33.46, 2)
  })

  it('never prints the 36.2% that the budget’s two figures do not give', () => {
    for (const { id, field, text } of wordings) expect(text, `${id} ${field}`).not.toMatch(/36\.2/)
  })

  it('puts no “latest”, “now”, “currently” or “still” beside a figure, and no “latest” anywhere', () => {
    expect(UNDATED_WORDS.en).toEqual(['latest', 'now', 'currently', 'still'])
    for (const { id, field, text } of wordings) {
      expect(undatedNearFigures(text), `${id} ${field}`).toEqual([])
      expect(text, `${id} ${field}`).not.toMatch(/\blatest\b/i)
    }
  })

  it('dates the figures of the missing and of the 2026 budget as their sources do', () => {
    const missing = wordings.filter(({ text }) => /133,(520|000)/.test(text))
    const proposed = wordings.filter(({ text }) => /60,110|0\.7%/.test(text))
    expect(missing.length).toBeGreaterThan(3)
    expect(proposed.length).toBeGreaterThan(3)
    for (const { id, field, text } of missing) expect(text, `${id} ${field}`).toMatch(/as of 18 December 2025/i)
    for (const { id, field, text } of proposed)
      expect(text, `${id} ${field}`).toMatch(
        /as proposed in September 2025|under that proposal|proposed up|proposed 0\.7%/,
      )
    for (const { id, field, text } of wordings) expect(text, `${id} ${field}`).not.toMatch(/2026 budget proposal/)
  })
})

describe('content review: one scale, applied one way', () => {
  it('keeps Unverifiable for forecasts, opinions and value judgements, and says why in the note', () => {
    const unverifiable = claims.filter((claim) => claim.verdict === 'unverifiable')
    expect(unverifiable.map((claim) => claim.id).sort()).toEqual([
      'aggressive-approach',
      'optimistic-forecast',
      'pressure-forecast',
    ])
    for (const claim of unverifiable) {
      const note = noteOf(claim.id)
      expect(
        note?.kind === 'forecast' || /value judgement|opinion/.test(`${note?.context} ${note?.record}`),
        claim.id,
      ).toBe(true)
      expect(note?.record, claim.id).toMatch(/Unverifiable/)
    }
  })

  it('rates the two paraphrases the record does not bear out the same way, each note saying why', () => {
    for (const id of ['white-house-role', 'community-engagement']) {
      expect(claims.find((claim) => claim.id === id)?.verdict, id).toBe('not-borne-out')
      expect(noteOf(id)?.record, id).toMatch(/Not borne out/)
    }
  })

  it('names the part that holds in every Partly supported ruling', () => {
    const partly = claims.filter((claim) => claim.verdict === 'partly-supported')
    expect(partly.length).toBeGreaterThan(0)
    for (const claim of partly) {
      expect(noteOf(claim.id)?.ruling, claim.id).toMatch(/^The (intelligence half holds|part that (likely )?holds is)/)
    }
  })

  it('says so in the note wherever a check rests on the transfers of alleged cartel figures', () => {
    const onTransfers = notes.filter((note) => note.factIds.some((id) => ['B4', 'B5', 'B6'].includes(id)))
    expect(onTransfers.map((note) => note.claimId).sort()).toEqual([
      'aggressive-approach',
      'intensified-efforts',
      'key-figure',
      'leader-captures',
    ])
    for (const note of onTransfers) expect(note.record, note.claimId).toMatch(/rests on (the|those|that) transfers?/)
  })
})

describe('content review: the article’s frame', () => {
  it('checks “aggressive approach” as the article’s characterisation, with what each side of the record shows', () => {
    const claim = claims.find((c) => c.id === 'aggressive-approach')
    expect(claim?.quote.exact).toContain('aggressive approach')
    expect(noteOf('aggressive-approach')?.factIds).toEqual(expect.arrayContaining(['E1', 'C4', 'B4', 'B5', 'B6']))
    expect(noteOf('aggressive-approach')?.speakerId).toBe('article')
  })

  it('quotes “aggressive” wherever our own titles and headings keep it', () => {
    // The page titles are the article's (site.yaml): the home page's quotes the headline.
    expect(site.title).toBe(`“${article.title}”: the article, checked`)
    for (const line of [site.name, site.sourcesDescription]) expect(line).not.toMatch(/aggressive/i)
    for (const section of article.sections.filter((s) => s.editorialTitle)) {
      expect(section.title).not.toMatch(/aggressive/i)
    }
  })
})

// The published text at each logged revision: a claim or takeaway whose text differs from the
// last snapshot must be named by an entry dated after it. Add a snapshot when a revision ships.
const snapshots = [published29, published04] as const
const latest = snapshots[snapshots.length - 1] ?? published04

type Snapshot = (typeof snapshots)[number]
const changedClaims = (snapshot: Snapshot) =>
  claims
    .filter((claim) => {
      const before = (snapshot.claims as Record<string, Record<string, string>>)[claim.id]
      const note = noteOf(claim.id)
      if (!before) return true
      return (
        before.verdict !== claim.verdict ||
        before.context !== note?.context ||
        before.record !== note?.record ||
        before.ruling !== note?.ruling
      )
    })
    .map((claim) => claim.id)
const changedTakeaways = (snapshot: Snapshot) =>
  editorial.takeaways.filter((t) => (snapshot.takeaways as Record<string, string>)[t.id] !== t.text).map((t) => t.id)
const loggedAfter = (date: string) => corrections.filter((entry) => entry.date > date)

describe('content review: the corrections log', () => {
  it('names every claim and takeaway changed since the last published snapshot', () => {
    const after = loggedAfter(latest.date)
    for (const id of changedClaims(latest))
      expect(
        after.flatMap((e) => e.claimIds),
        id,
      ).toContain(id)
    for (const id of changedTakeaways(latest))
      expect(
        after.flatMap((e) => e.takeawayIds ?? []),
        id,
      ).toContain(id)
  })

  it('names, for 4 December, exactly the claims and takeaways changed since the text of 29 November', () => {
    const between = loggedAfter(published29.date).filter((entry) => entry.date <= published04.date)
    const changed = changedClaims(published29)
    // The snapshot of 4 December holds the text as that revision shipped it.
    expect(changedClaims(published04)).toEqual([])
    expect(changed).toContain('aggressive-approach')
    expect([...new Set(between.flatMap((e) => e.claimIds))].sort()).toEqual([...changed].sort())
    expect([...new Set(between.flatMap((e) => e.takeawayIds ?? []))].sort()).toEqual(
      [...changedTakeaways(published29)].sort(),
    )
    // The editor's note changed on 4 December (it now says where the record ends): an entry says so.
    expect(published04.editorsNote).not.toEqual(published29.editorsNote)
    expect(between.filter((entry) => /editor’s note had said/.test(entry.what)).map((entry) => entry.id)).toEqual([
      'record-end-dated',
    ])
  })

  it('says for each change what the old text said, what it says now and why', () => {
    for (const entry of loggedAfter(published29.date)) {
      expect(entry.what, entry.id).toMatch(/had (said|called|spoken|also covered|repeated)|had been/)
      expect(entry.what, entry.id).toMatch(/now/)
      expect(entry.why.length, entry.id).toBeGreaterThan(40)
    }
  })
})
