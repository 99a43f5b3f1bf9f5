import { describe, expect, it } from 'vitest'
import type {
  Claim,
  ClaimNote,
  CorrectionEntry,
  Editorial,
  Fact,
  Figure,
  Publication,
  Source,
  TimelineEvent,
} from '../../src/content/types'
import { checkCorrections, checkNoteDates } from '../../src/content/validation/correction-rules'
import { checkEditorial } from '../../src/content/validation/editorial-rules'
import { checkFigures, checkTimeline } from '../../src/content/validation/record-display-rules'
import { checkSourcesAndFacts } from '../../src/content/validation/record-rules'
import { Reporter } from '../../src/content/validation/report'

// Each rule's failing case, on small content built here and handed to the rule itself: the rules
// are judged apart from how the shipped content files are read. Each rule also passes the sound case.

const publication: Publication = { published: '2026-11-28', updated: '2026-11-29', recordEnds: '2026-01-20' }

const note = (claimId: string, dates: Pick<ClaimNote, 'checked' | 'updated'>): ClaimNote => ({
  claimId,
  label: 'A claim',
  related: [],
  speakerId: 'speaker',
  kind: 'fact',
  context: 'Context.',
  record: 'Record.',
  factIds: ['A1'],
  ruling: 'A ruling.',
  ...dates,
})

const entry = (date: string, claimIds: string[]): CorrectionEntry => ({
  id: `change-${date}`,
  date,
  claimIds,
  what: 'Something changed.',
  why: 'A reason.',
})

/** Runs one rule on a fresh reporter and returns what it reported. */
function errorsOf(rule: (reporter: Reporter) => void) {
  const reporter = new Reporter()
  rule(reporter)
  return reporter.errors
}

describe('the dates rules', () => {
  it('accept a correction and an updated note dated on the explainer’s last update', () => {
    const notes = [note('a-claim', { checked: '2026-11-28', updated: '2026-11-29' })]
    const log = [entry('2026-11-29', ['a-claim'])]
    expect(errorsOf((r) => checkCorrections(r, log, notes, new Set(['a-claim']), publication))).toEqual([])
    expect(errorsOf((r) => checkNoteDates(r, notes, publication))).toEqual([])
  })

  it('reject a correction dated after the explainer’s last update', () => {
    const notes = [note('a-claim', { checked: '2026-11-28', updated: '2026-11-30' })]
    const log = [entry('2026-11-30', ['a-claim'])]
    expect(errorsOf((r) => checkCorrections(r, log, notes, new Set(['a-claim']), publication))).toEqual([
      {
        file: 'corrections.yaml',
        id: 'change-2026-11-30',
        field: 'date',
        message: '2026-11-30 is after the explainer’s last update (2026-11-29)',
        rule: 'date-after-last-update',
      },
    ])
  })

  it('reject a note updated after the explainer’s last update', () => {
    const notes = [note('a-claim', { checked: '2026-11-28', updated: '2026-11-30' })]
    expect(errorsOf((r) => checkNoteDates(r, notes, publication))).toEqual([
      {
        file: 'claims/',
        id: 'a-claim',
        field: 'updated',
        message: '2026-11-30 is after the explainer’s last update (2026-11-29) in publication.yaml',
        rule: 'date-after-last-update',
      },
    ])
  })
})

describe('the editor’s note rule', () => {
  const claims: Claim[] = [
    {
      id: 'wrong-date',
      passageId: 'p1',
      quote: { exact: 'in 2023' },
      themes: ['cooperation'],
      verdict: 'contradicted',
    },
  ]
  const editorial = (named: string[]): Editorial => ({
    note: {
      text: 'What the article gets wrong.',
      corrections: named.map((claimId) => ({ claimId, text: 'It is wrong.' })),
    },
    takeaways: ['one', 'two', 'three'].map((id) => ({ id, text: 'A takeaway.', claimIds: ['wrong-date'] })),
  })

  it('accepts a note naming each contradicted claim once', () => {
    expect(errorsOf((r) => checkEditorial(r, editorial(['wrong-date']), claims))).toEqual([])
  })

  it('rejects a claim named twice', () => {
    expect(errorsOf((r) => checkEditorial(r, editorial(['wrong-date', 'wrong-date']), claims))).toEqual([
      {
        file: 'editorial.yaml',
        id: 'note',
        field: 'note.corrections.1.claimId',
        message: 'claim named twice',
        rule: 'duplicate-reference',
      },
    ])
  })
})

const facts: Fact[] = [
  {
    id: 'A1',
    text: 'The budget was 105,838 million pesos in 2024 and 70,422 in 2025.',
    confidence: 'confirmed',
    sourceIds: ['s'],
  },
]
const factIds = new Set(facts.map((fact) => fact.id))
const claimIds = new Set(['a-claim'])

describe('the chart rules', () => {
  const chart = (id: string, change: Partial<Figure> = {}): Figure => ({
    id,
    title: 'Budget',
    unit: 'million pesos',
    values: [
      { label: '2024', value: 105_838, factId: 'A1' },
      { label: '2025', value: 70_422, factId: 'A1' },
    ],
    aside: { text: 'An aside.', factId: 'A1' },
    claimIds: ['a-claim'],
    ...change,
  })
  const figuresFile = 'figures.yaml'

  it('accept charts whose facts, aside and claims exist, each id once', () => {
    expect(errorsOf((r) => checkFigures(r, [chart('one'), chart('two')], facts, claimIds))).toEqual([])
  })

  it('reject an unknown fact, an unknown aside fact, an unknown claim and a duplicate id', () => {
    const broken = chart('one', {
      values: [
        { label: '2024', value: 105_838, factId: 'Z9' },
        { label: '2025', value: 70_422, factId: 'A1' },
      ],
      aside: { text: 'An aside.', factId: 'Z8' },
      claimIds: ['no-such-claim'],
    })
    expect(errorsOf((r) => checkFigures(r, [broken, chart('one')], facts, claimIds))).toEqual([
      { file: figuresFile, id: 'one', field: 'values.0.factId', message: 'no fact "Z9"', rule: 'unknown-reference' },
      { file: figuresFile, id: 'one', field: 'aside.factId', message: 'no fact "Z8"', rule: 'unknown-reference' },
      {
        file: figuresFile,
        id: 'one',
        field: 'claimIds.0',
        message: 'no claim "no-such-claim"',
        rule: 'unknown-reference',
      },
      { file: figuresFile, id: 'one', field: 'id', message: 'duplicate figure id', rule: 'duplicate-id', nth: 1 },
    ])
  })
})

describe('the timeline rules', () => {
  const moment = (id: string, change: Partial<TimelineEvent> = {}): TimelineEvent => ({
    id,
    date: '2025-01-01',
    text: 'Something happened.',
    kind: 'record',
    factIds: ['A1'],
    claimIds: ['a-claim'],
    ...change,
  })
  const timelineFile = 'timeline.yaml'

  it('accept moments whose facts and claims exist, each id once', () => {
    expect(errorsOf((r) => checkTimeline(r, [moment('one'), moment('two')], factIds, claimIds))).toEqual([])
  })

  it('reject an unknown fact, an unknown claim and a duplicate id', () => {
    const broken = moment('one', { factIds: ['Z9'], claimIds: ['no-such-claim'] })
    expect(errorsOf((r) => checkTimeline(r, [broken, moment('one')], factIds, claimIds))).toEqual([
      { file: timelineFile, id: 'one', field: 'factIds.0', message: 'no fact "Z9"', rule: 'unknown-reference' },
      {
        file: timelineFile,
        id: 'one',
        field: 'claimIds.0',
        message: 'no claim "no-such-claim"',
        rule: 'unknown-reference',
      },
      {
        file: timelineFile,
        id: 'one',
        field: 'id',
        message: 'duplicate timeline event id',
        rule: 'duplicate-id',
        nth: 1,
      },
    ])
  })
})

describe('the sources rule', () => {
  const source = (id: string, change: Partial<Source> = {}): Source => ({
    id,
    title: `Report ${id}`,
    publisher: 'A Newspaper',
    date: '2025-01-01',
    url: `https://example.org/${id}`,
    ...change,
  })
  const sourcesFile = 'sources.yaml'
  const errorsFor = (sources: Source[]) =>
    errorsOf((r) => checkSourcesAndFacts(r, { sources, facts: [{ ...facts[0], sourceIds: ['one'] } as Fact] }))

  it('accepts sources that differ in link and headline', () => {
    expect(errorsFor([source('one'), source('two')])).toEqual([])
  })

  it('rejects a source repeated under another id, by its link or by its publisher and title', () => {
    expect(errorsFor([source('one'), source('two', { url: 'https://example.org/one' })])).toEqual([
      { file: sourcesFile, id: 'two', field: 'url', message: 'same link as source "one"', rule: 'duplicate-source' },
    ])
    expect(errorsFor([source('one'), source('two', { title: 'Report one' })])).toEqual([
      {
        file: sourcesFile,
        id: 'two',
        field: 'title',
        message: 'same publisher and title as source "one"',
        rule: 'duplicate-source',
      },
    ])
  })
})
