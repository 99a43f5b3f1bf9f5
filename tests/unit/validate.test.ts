import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { corrections } from '../../src/content/corrections'
import { editorial } from '../../src/content/editorial'
import { notesBundle } from '../../src/content/notes'
import { publication } from '../../src/content/publication'
import type { ContentBundle, CorrectionEntry, Editorial, NotesBundle, Publication } from '../../src/content/types'
import { type ContentError, formatContentError, validateContent } from '../../src/content/validate'
import { shipped } from '../shipped-content'

type Everything = ContentBundle &
  NotesBundle & { editorial: Editorial; corrections: CorrectionEntry[]; publication: Publication }

/** A deep copy of the real content, broken by `mutate`: each test proves one rule. */
function broken(mutate: (draft: Everything) => void): ContentError[] {
  const draft = shipped() as Everything
  mutate(draft)
  return validateContent(draft)
}

const firstPassage = (draft: Everything) => {
  const passage = draft.article.sections[0]?.passages[0]
  if (!passage) throw new Error('fixture has no passage')
  return passage
}
const firstClaim = (draft: Everything) => {
  const claim = draft.claims[0]
  if (!claim) throw new Error('fixture has no claim')
  return claim
}
const noteOf = (draft: Everything, claimId: string) => {
  const note = draft.notes.find((n) => n.claimId === claimId)
  if (!note) throw new Error(`fixture has no note for ${claimId}`)
  return note
}

describe('content validation names the file, the id and the field', () => {
  it('formats an error as one line', () => {
    expect(
      formatContentError({
        file: 'claims/',
        id: 'x',
        field: 'quote.exact',
        message: 'not found',
        rule: 'quote-anchor',
      }),
    ).toBe('claims/: id "x", field "quote.exact": not found (quote-anchor)')
  })

  it('rejects a duplicate passage id', () => {
    const errors = broken((draft) => {
      const second = draft.article.sections[0]?.passages[1]
      if (second) second.id = firstPassage(draft).id
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'article.md', id: 'interview-outline', field: 'id' }))
  })

  it('rejects a section id that collides with a passage id', () => {
    const errors = broken((draft) => {
      const section = draft.article.sections[1]
      if (section) section.id = 'intensified-efforts'
    })
    expect(errors).toContainEqual(expect.objectContaining({ id: 'intensified-efforts', field: 'id' }))
  })

  it('rejects a duplicate claim id', () => {
    const errors = broken((draft) => {
      const second = draft.claims[1]
      if (second) second.id = firstClaim(draft).id
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'id' }))
  })

  it('rejects a passage without a theme', () => {
    const errors = broken((draft) => {
      firstPassage(draft).themes = []
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'article.md', id: 'interview-outline', field: 'themes' }),
    )
  })

  it('rejects an unknown theme on a claim', () => {
    const errors = broken((draft) => {
      ;(firstClaim(draft).themes as string[]) = ['economy']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'themes.0' }),
    )
  })

  it('rejects a passage theme that themes.yaml does not define', () => {
    const errors = broken((draft) => {
      draft.themes = draft.themes.filter((theme) => theme.id !== 'cooperation')
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'article.md',
        id: 'interview-outline',
        field: 'themes.0',
        rule: 'unknown-reference',
      }),
    )
  })

  it('rejects fewer than two themes or more than five', () => {
    const tooFew = broken((draft) => {
      draft.themes = draft.themes.slice(0, 1)
    })
    expect(tooFew).toContainEqual(expect.objectContaining({ file: 'themes.yaml', rule: 'theme-count' }))
    const tooMany = broken((draft) => {
      const extra = ['a', 'b', 'c'].map((id) => ({ id: `extra-${id}`, label: id, description: id }))
      draft.themes = [...draft.themes, ...extra]
    })
    expect(tooMany).toContainEqual(expect.objectContaining({ file: 'themes.yaml', rule: 'theme-count' }))
    expect(validateContent(shipped())).toEqual([])
  })

  it('rejects a claim whose passage does not exist', () => {
    const errors = broken((draft) => {
      firstClaim(draft).passageId = 'no-such-passage'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'passageId' }),
    )
  })

  it('rejects a quote that is not in its passage', () => {
    const errors = broken((draft) => {
      firstClaim(draft).quote = { exact: 'words the article never says' }
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        id: 'nyt-interview-date',
        field: 'quote.exact',
        message: expect.stringMatching(/not found/),
      }),
    )
  })

  it('rejects a quote found more than once, and accepts it once a prefix disambiguates', () => {
    const errors = broken((draft) => {
      firstClaim(draft).quote = { exact: 'the' }
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'nyt-interview-date', message: expect.stringMatching(/found \d+ times/) }),
    )
    const fixed = broken((draft) => {
      const claim = firstClaim(draft)
      draft.claims = [claim]
      draft.notes = draft.notes.filter((note) => note.claimId === claim.id)
      for (const note of draft.notes) note.related = []
      // The editor's note, takeaways and corrections log may only name the one claim left.
      draft.editorial.note.corrections = [{ claimId: claim.id, text: 'Wrong date.' }]
      for (const entry of draft.corrections) {
        entry.claimIds = entry.claimIds.filter((id) => id === claim.id)
        delete entry.takeawayIds
      }
      draft.editorial.takeaways = ['one', 'two', 'three'].map((id) => ({ id, text: 'A point.', claimIds: [claim.id] }))
      // So may the timeline; the charts bear on other claims, so none is left.
      for (const event of draft.timeline) event.claimIds = event.claimIds.filter((id) => id === claim.id)
      draft.figures = []
      // And the name cards.
      for (const person of draft.people) person.claimIds = person.claimIds?.filter((id) => id === claim.id)
      claim.quote = { exact: 'the', prefix: 'outlined ', suffix: ' government' }
    })
    expect(fixed).toEqual([])
  })

  it('rejects two claims that overlap in one passage', () => {
    const errors = broken((draft) => {
      // "Mexico’s Security Chief" is already a claim in the same passage.
      firstClaim(draft).quote = { exact: 'Security Chief, outlined' }
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ field: 'quote.exact', message: expect.stringMatching(/overlaps claim/) }),
    )
  })

  it('rejects a related claim that does not exist, or the claim itself', () => {
    const errors = broken((draft) => {
      const note = draft.notes.find((n) => n.claimId === 'nyt-interview-date')
      if (note) note.related = ['nobody', 'nyt-interview-date']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'related.0' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        id: 'nyt-interview-date',
        field: 'related.1',
        message: expect.stringMatching(/itself/),
      }),
    )
  })

  it('rejects an unknown verdict and an unknown claim kind', () => {
    const errors = broken((draft) => {
      ;(firstClaim(draft) as { verdict: string }).verdict = 'mostly-true'
      const note = draft.notes[0]
      if (note) (note as { kind: string }).kind = 'rumour'
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', field: 'verdict' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', field: 'kind' }))
  })

  it('rejects a field the model does not know, and an empty required text', () => {
    const errors = broken((draft) => {
      Object.assign(firstClaim(draft), { colour: 'red' })
      firstPassage(draft).text = '  '
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'nyt-interview-date', field: 'colour', rule: 'unknown-field' }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ id: 'interview-outline', field: 'text' }))
  })

  it('rejects a claim without a note, and a note for no claim', () => {
    const errors = broken((draft) => {
      draft.notes = draft.notes.filter((note) => note.claimId !== 'nyt-interview-date')
      draft.notes.push({ ...(draft.notes[0] as (typeof draft.notes)[number]), claimId: 'ghost-claim' })
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'claimId' }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', id: 'ghost-claim', field: 'claimId' }))
  })

  it('rejects a note whose speaker or fact does not exist', () => {
    const errors = broken((draft) => {
      const note = draft.notes[0]
      if (!note) throw new Error('fixture has no note')
      note.speakerId = 'nobody'
      note.factIds = ['Z9']
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', field: 'speakerId' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', field: 'factIds.0' }))
  })

  it('rejects a fact citing an unknown source, and a source without an https link', () => {
    const errors = broken((draft) => {
      const fact = draft.facts[0]
      if (fact) fact.sourceIds = ['nowhere']
      const source = draft.sources[0]
      if (source) source.url = 'http://example.com/insecure'
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'facts.yaml', field: 'sourceIds.0' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', field: 'url' }))
  })

  it('rejects a duplicate source id and a malformed date', () => {
    const errors = broken((draft) => {
      const [first, second] = draft.sources
      if (first && second) second.id = first.id
      if (first) first.date = '19 December 2025'
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', field: 'id' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', field: 'date' }))
  })

  it('rejects a claim theme that its passage does not carry', () => {
    const errors = broken((draft) => {
      // "interview-outline" carries cooperation and law enforcement, not community impact.
      firstClaim(draft).themes = ['cooperation', 'community-impact']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'claims/',
        id: 'nyt-interview-date',
        field: 'themes.1',
        message: expect.stringMatching(/does not carry theme "community-impact"/),
      }),
    )
  })

  it('rejects a claim that no source with a link backs', () => {
    const errors = broken((draft) => {
      const note = draft.notes.find((n) => n.claimId === 'nyt-interview-date')
      const cited = new Set(draft.facts.filter((f) => note?.factIds.includes(f.id)).flatMap((f) => f.sourceIds))
      for (const source of draft.sources) if (cited.has(source.id)) delete source.url
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'claims/',
        id: 'nyt-interview-date',
        field: 'factIds',
        message: expect.stringMatching(/https link/),
      }),
    )
  })

  it('rejects a source listed twice, under a second id with another title', () => {
    const errors = broken((draft) => {
      const first = draft.sources[0]
      if (first) draft.sources.push({ ...first, id: 'the-same-again', title: 'Another headline' })
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.yaml', id: 'the-same-again', field: 'url' }))
  })

  it('accepts "undated" as a source date but no other word', () => {
    const dated = broken((draft) => {
      const first = draft.sources[0]
      if (first) first.date = 'undated'
    })
    expect(dated.filter((error) => error.field === 'date')).toEqual([])
    const wordy = broken((draft) => {
      const first = draft.sources[0]
      if (first) first.date = 'recently'
    })
    expect(wordy).toContainEqual(expect.objectContaining({ file: 'sources.yaml', field: 'date' }))
  })

  it('rejects a who’s-who entry resting on an unknown fact, and a duplicate entry', () => {
    const errors = broken((draft) => {
      const [first, second] = draft.people
      if (first) first.factIds = ['Z9']
      if (first && second) second.id = first.id
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'people.yaml', id: 'garcia-harfuch', field: 'factIds.0' }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ file: 'people.yaml', id: 'garcia-harfuch', field: 'id' }))
  })

  it('rejects a takeaway resting on an unknown claim, and fewer than three takeaways', () => {
    const unknown = broken((draft) => {
      const first = draft.editorial.takeaways[0]
      if (first) first.claimIds = ['no-such-claim']
    })
    expect(unknown).toContainEqual(
      expect.objectContaining({ file: 'editorial.yaml', id: 'wrong-date', field: 'claimIds.0' }),
    )
    const few = broken((draft) => {
      draft.editorial.takeaways = draft.editorial.takeaways.slice(0, 2)
    })
    expect(few).toContainEqual(expect.objectContaining({ file: 'editorial.yaml', field: 'takeaways' }))
  })

  it('rejects an editor’s note that names a claim the record does not contradict, or leaves one out', () => {
    const errors = broken((draft) => {
      draft.editorial.note.corrections = [{ claimId: 'leader-captures', text: 'Not his captures.' }]
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'editorial.yaml',
        field: 'note.corrections.0.claimId',
        message: expect.stringMatching(/partly-supported, not contradicted/),
      }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'editorial.yaml',
        field: 'note.corrections',
        message: expect.stringMatching(/"nyt-interview-date" is not named/),
      }),
    )
  })

  it('checks the editorial layer against the claims that remain', () => {
    const rest = structuredClone({ ...content, ...notesBundle, editorial, corrections, publication })
    const gone = 'nyt-interview-date'
    const withoutClaims = { ...rest, claims: rest.claims.filter((claim) => claim.id !== gone) }
    withoutClaims.notes = withoutClaims.notes.filter((note) => note.claimId !== gone)
    for (const note of withoutClaims.notes) note.related = note.related.filter((id) => id !== gone)
    expect(validateContent(withoutClaims)).toContainEqual(
      expect.objectContaining({ file: 'editorial.yaml', field: 'note.corrections.0.claimId' }),
    )
  })
  it('rejects a note without a ruling, and a ruling that repeats “Our ruling” or is not a sentence', () => {
    const errors = broken((draft) => {
      delete (noteOf(draft, 'nyt-interview-date') as { ruling?: string }).ruling
      noteOf(draft, 'security-chief-title').ruling = 'Our ruling: right at the real interview.'
      noteOf(draft, 'leader-captures').ruling = 'In part'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'ruling' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        id: 'security-chief-title',
        field: 'ruling',
        message: expect.stringMatching(/Our ruling/),
      }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'leader-captures', field: 'ruling', message: expect.stringMatching(/full stop/) }),
    )
  })

  it('rejects a malformed or impossible date on a note, in the log and in the explainer’s dates', () => {
    const errors = broken((draft) => {
      noteOf(draft, 'nyt-interview-date').checked = '28 November 2026'
      noteOf(draft, 'leader-captures').updated = '2026-02-30'
      const [first] = draft.corrections
      if (first) first.date = '2026-11'
      draft.publication.published = '2026/11/28'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'claims/', id: 'nyt-interview-date', field: 'checked' }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ file: 'claims/', id: 'leader-captures', field: 'updated' }))
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'corrections.yaml', id: corrections[0]?.id, field: 'date' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'publication.yaml', id: 'publication', field: 'published' }),
    )
  })

  it('rejects a note updated before it was checked, or dated after the explainer’s last update', () => {
    const errors = broken((draft) => {
      noteOf(draft, 'leader-captures').updated = '2026-11-27'
      noteOf(draft, 'aggressive-approach').checked = '2026-12-05'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'claims/',
        id: 'leader-captures',
        field: 'updated',
        message: '2026-11-27 is before the check on 2026-11-28',
      }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        id: 'aggressive-approach',
        field: 'checked',
        message: expect.stringMatching(/after the explainer’s last update \(2026-12-04\)/),
      }),
    )
  })

  it('rejects an explainer updated before it was published', () => {
    const errors = broken((draft) => {
      draft.publication.updated = '2026-11-27'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'publication.yaml', id: 'publication', field: 'updated' }),
    )
  })

  it('rejects a correction that names a claim that does not exist', () => {
    const errors = broken((draft) => {
      const [first] = draft.corrections
      if (first) first.claimIds = ['no-such-claim']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'corrections.yaml',
        id: corrections[0]?.id,
        field: 'claimIds.0',
        message: 'no claim "no-such-claim"',
      }),
    )
  })

  it('rejects a changed note that no correction names under its update date', () => {
    const errors = broken((draft) => {
      for (const entry of draft.corrections) entry.claimIds = entry.claimIds.filter((id) => id !== 'leader-captures')
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'claims/',
        id: 'leader-captures',
        field: 'updated',
        message: expect.stringMatching(/no entry of corrections\.yaml dated 2026-12-04 names this claim/),
      }),
    )
  })

  it('rejects a correction naming a claim whose note does not show the change', () => {
    const errors = broken((draft) => {
      delete noteOf(draft, 'leader-captures').updated
    })
    const entry = corrections.find((c) => c.claimIds.includes('leader-captures') && c.date === '2026-11-29')
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'corrections.yaml',
        id: entry?.id,
        message: expect.stringMatching(
          /"leader-captures" changed on 2026-11-29, but its note .* has no "updated" date/,
        ),
      }),
    )
  })

  it('rejects a log that is not newest first, a duplicate entry, and an entry dated outside the explainer’s life', () => {
    const errors = broken((draft) => {
      const [first, second] = draft.corrections
      if (first) first.date = '2026-11-28'
      if (first && second) second.id = first.id
      draft.corrections.push({
        id: 'from-before',
        date: '2026-11-01',
        claimIds: [],
        what: 'Something.',
        why: 'Reasons.',
      })
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'corrections.yaml',
        field: 'date',
        message: expect.stringMatching(/newer than .* above it \(newest first\)/),
      }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ file: 'corrections.yaml', field: 'id' }))
    expect(errors).toContainEqual(
      expect.objectContaining({
        id: 'from-before',
        field: 'date',
        message: '2026-11-01 is before the explainer was published (2026-11-28)',
      }),
    )
  })

  it('accepts a correction naming a claim first checked that day, without an update date', () => {
    const errors = broken((draft) => {
      expect(noteOf(draft, 'aggressive-approach').updated).toBeUndefined()
      expect(draft.corrections.some((entry) => entry.claimIds.includes('aggressive-approach'))).toBe(true)
    })
    expect(errors).toEqual([])
  })

  it('rejects a timeline out of date order, a moment of the record with no fact, and unknown references', () => {
    const errors = broken((draft) => {
      const [first, second, third] = draft.timeline
      if (!first || !second || !third) throw new Error('fixture timeline too short')
      second.date = '2019-01-01'
      third.factIds = []
      first.claimIds = ['no-such-claim']
    })
    const [first, second, third] = notesBundle.timeline
    expect(errors).toContainEqual(expect.objectContaining({ file: 'timeline.yaml', id: second?.id, field: 'date' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'timeline.yaml', id: third?.id, field: 'factIds' }))
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'timeline.yaml', id: first?.id, field: 'claimIds.0' }),
    )
  })

  it('orders a month after the days written in full within it, and refuses a malformed date', () => {
    const errors = broken((draft) => {
      const month = draft.timeline.find((event) => event.date.length === 7)
      if (!month) throw new Error('fixture has no month-precise moment')
      month.date = '2023-13'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'timeline.yaml',
        field: 'date',
        message: 'must be YYYY-MM-DD or YYYY-MM',
      }),
    )
  })

  it('rejects a chart whose number its fact does not state', () => {
    const errors = broken((draft) => {
      const value = draft.figures[0]?.values[0]
      if (!value) throw new Error('fixture has no chart')
      value.value += 1
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'figures.yaml',
        id: notesBundle.figures[0]?.id,
        field: 'values.0.value',
        message: expect.stringMatching(/is not in fact/),
      }),
    )
  })

  it('rejects a percentage its two figures do not give, and one printed without its figures', () => {
    const errors = broken((draft) => {
      const note = noteOf(draft, 'increased-funding')
      note.record = note.record.replace('a fall of 33.5% in nominal pesos', 'a fall of 36.2% in nominal pesos')
      const takeaway = draft.editorial.takeaways.find((t) => t.id === 'toll-understated')
      if (!takeaway) throw new Error('fixture has no toll takeaway')
      takeaway.text += ' Official homicide averages fell about 40%, though the figures are disputed.'
    })
    expect(errors).toContainEqual({
      file: 'claims/',
      id: 'increased-funding',
      field: 'record',
      message: '36.2% is not the change from 105838 to 70422 (33.5%)',
      rule: 'percentage-mismatch',
    })
    expect(errors).toContainEqual({
      file: 'editorial.yaml',
      id: 'toll-understated',
      field: 'text',
      message: '40% is printed without the two figures it comes from',
      rule: 'percentage-without-figures',
    })
  })

  it('rejects “latest”, “now”, “currently” or “still” beside a figure, and accepts them away from one', () => {
    const errors = broken((draft) => {
      const note = noteOf(draft, 'optimistic-forecast')
      note.record = note.record.replace('Official figures up to December 2025', 'The latest official figures')
      const person = draft.people.find((p) => p.id === 'us-government')
      if (!person) throw new Error('fixture has no U.S. government entry')
      person.description += ' Mexico has now sent 92 alleged cartel figures.'
      const first = draft.timeline[0]
      if (!first) throw new Error('fixture has no timeline')
      first.text += ' He is still in office, now and then.'
    })
    const undated = errors.filter((error) => /beside the figure/.test(error.message))
    expect(undated).toEqual([
      expect.objectContaining({ file: 'claims/', id: 'optimistic-forecast', field: 'record' }),
      expect.objectContaining({
        file: 'people.yaml',
        id: 'us-government',
        field: 'description',
        message: '“now” beside the figure “92”: date it as of its source instead',
      }),
    ])
    expect(undated[0]?.message).toMatch(/^“latest” beside the figure/)
  })

  it('rejects the transfers, the missing, the 2024 homicides and the budgets without their qualifiers', () => {
    const errors = broken((draft) => {
      const event = draft.timeline.find((e) => e.id === 'first-transfer')
      if (event) event.text = event.text.replace('29 alleged cartel figures', '29 cartel figures')
      const toll = draft.editorial.takeaways.find((t) => t.id === 'toll-understated')
      if (toll) toll.text = toll.text.replace(' or not located', '').replace(' (a preliminary figure)', '')
      const funding = noteOf(draft, 'increased-funding')
      funding.record = funding.record.replace('in nominal pesos', 'in pesos').replace(', in nominal terms,', ',')
      const progress = noteOf(draft, 'progress-far-from-over')
      progress.record = progress.record.replace('but the figures are disputed: analysts', 'and analysts')
    })
    const qualifiers = errors.map(({ id, message }) => `${id}: ${message}`)
    expect(qualifiers).toEqual([
      'increased-funding: gives the SSPC budget figures without “nominal” and the National Guard’s move',
      'increased-funding: gives the 0.7% rise without “nominal”',
      'progress-far-from-over: gives the official homicide averages without saying they are disputed',
      'first-transfer: mentions the people sent to the United States without “alleged”',
      'toll-understated: gives the 2024 homicide count without “preliminary”',
      'toll-understated: gives the people registered as missing without “or not located” and “as of 18 December 2025”',
    ])
  })

  it('rejects a check dated before the record it rests on ends, and a log entry naming an unknown takeaway', () => {
    const errors = broken((draft) => {
      noteOf(draft, 'key-figure').checked = '2026-01-19'
      const entry = draft.corrections[0]
      if (entry) entry.takeawayIds = ['no-such-takeaway']
    })
    expect(errors).toContainEqual({
      file: 'claims/',
      id: 'key-figure',
      field: 'checked',
      message: '2026-01-19 is before the record it rests on ends (2026-01-20)',
      rule: 'check-before-record-end',
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'corrections.yaml',
        field: 'takeawayIds.0',
        message: 'no takeaway "no-such-takeaway"',
      }),
    )
  })
})

describe('names in the text (mentions.yaml) are checked at build', () => {
  const mentionOf = (draft: Everything, id: string) => {
    const mention = draft.mentions.find((m) => m.id === id)
    if (!mention) throw new Error(`fixture has no mention ${id}`)
    return mention
  }

  it('accepts the shipped mentions: each found exactly once, outside the claims', () => {
    expect(broken(() => {})).toEqual([])
  })

  it('rejects a mention not found, or found more than once, in its passage', () => {
    const errors = broken((draft) => {
      mentionOf(draft, 'harfuch-tenure').quote = { exact: 'Sheinbaum' }
      mentionOf(draft, 'united-states-collaboration').quote = { exact: 'the' }
    })
    expect(errors).toContainEqual({
      file: 'mentions.yaml',
      id: 'harfuch-tenure',
      field: 'quote.exact',
      message: 'not found in passage "intensified-efforts" (must be exactly once)',
      rule: 'quote-anchor',
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'united-states-collaboration', message: expect.stringMatching(/found \d+ times/) }),
    )
  })

  it('rejects a mention inside a claim’s words, a missing person and a malformed date', () => {
    const errors = broken((draft) => {
      const mention = mentionOf(draft, 'harfuch-white-house')
      mention.quote = { exact: 'White House' }
      mention.personId = 'nobody'
      mention.date = '2023-9'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'harfuch-white-house', field: 'date', message: 'must be YYYY-MM-DD or YYYY-MM' }),
    )
    const valid = broken((draft) => {
      const mention = mentionOf(draft, 'harfuch-white-house')
      mention.quote = { exact: 'White House' }
      mention.personId = 'nobody'
    })
    expect(valid).toContainEqual(
      expect.objectContaining({
        id: 'harfuch-white-house',
        field: 'personId',
        message: expect.stringMatching(/no person "nobody"/),
      }),
    )
    expect(valid).toContainEqual(
      expect.objectContaining({
        id: 'harfuch-white-house',
        field: 'quote.exact',
        message: expect.stringMatching(/overlaps claim "white-house-role"/),
      }),
    )
  })

  it('rejects two mentions over the same words', () => {
    const errors = broken((draft) => {
      draft.mentions.push({ ...mentionOf(draft, 'harfuch-interview'), id: 'again', quote: { exact: 'García Harfuch' } })
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'again', message: 'overlaps mention "harfuch-interview"' }),
    )
  })

  it('requires a mention of everyone the article names', () => {
    const errors = broken((draft) => {
      draft.mentions = draft.mentions.filter((m) => m.personId !== 'us-government')
    })
    expect(errors).toEqual([
      {
        file: 'people.yaml',
        id: 'us-government',
        field: 'names',
        message: 'the article names “White House” but no mention marks it',
        rule: 'unmarked-name',
      },
    ])
  })

  it('rejects a role that ends before it begins, and a card citing an unknown claim', () => {
    const errors = broken((draft) => {
      const person = draft.people.find((p) => p.id === 'garcia-harfuch')
      const role = person?.roles?.[0]
      if (!person || !role) throw new Error('fixture has no dated role')
      role.to = '2019-01-01'
      person.claimIds = ['no-such-claim']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'garcia-harfuch', field: 'roles.0.to', message: expect.stringMatching(/ends/) }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'garcia-harfuch', field: 'claimIds.0', message: 'no claim "no-such-claim"' }),
    )
  })
})
