import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { editorial } from '../../src/content/editorial'
import { notesBundle } from '../../src/content/notes'
import type { ContentBundle, Editorial, NotesBundle } from '../../src/content/types'
import { type ContentError, formatContentError, validateContent } from '../../src/content/validate'

type Everything = ContentBundle & NotesBundle & { editorial: Editorial }

/** A deep copy of the real content, broken by `mutate`: each test proves one rule. */
function broken(mutate: (draft: Everything) => void): ContentError[] {
  const draft = structuredClone({ ...content, ...notesBundle, editorial }) as Everything
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

describe('content validation names the file, the id and the field', () => {
  it('formats an error as one line', () => {
    expect(
      formatContentError({ file: 'src/content/claims.ts', id: 'x', field: 'quote.exact', message: 'not found' }),
    ).toBe('src/content/claims.ts: id "x", field "quote.exact": not found')
  })

  it('rejects a duplicate passage id', () => {
    const errors = broken((draft) => {
      const second = draft.article.sections[0]?.passages[1]
      if (second) second.id = firstPassage(draft).id
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/article.ts', id: 'interview-outline', field: 'id' }),
    )
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
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/claims.ts', id: 'nyt-interview-date', field: 'id' }),
    )
  })

  it('rejects a passage without a theme', () => {
    const errors = broken((draft) => {
      firstPassage(draft).themes = []
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/article.ts', id: 'interview-outline', field: 'themes' }),
    )
  })

  it('rejects an unknown theme on a claim', () => {
    const errors = broken((draft) => {
      ;(firstClaim(draft).themes as string[]) = ['economy']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/claims.ts', id: 'nyt-interview-date', field: 'themes.0' }),
    )
  })

  it('rejects a missing theme definition', () => {
    const errors = broken((draft) => {
      draft.themes = draft.themes.filter((theme) => theme.id !== 'cooperation')
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/themes.ts', id: 'cooperation', field: 'id' }),
    )
  })

  it('rejects a claim whose passage does not exist', () => {
    const errors = broken((draft) => {
      firstClaim(draft).passageId = 'no-such-passage'
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/claims.ts', id: 'nyt-interview-date', field: 'passageId' }),
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
      // The editor's note and takeaways may only name the one claim left.
      draft.editorial.note.corrections = [{ claimId: claim.id, text: 'Wrong date.' }]
      draft.editorial.takeaways = ['one', 'two', 'three'].map((id) => ({ id, text: 'A point.', claimIds: [claim.id] }))
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
      expect.objectContaining({ file: 'src/content/claim-notes.ts', id: 'nyt-interview-date', field: 'related.0' }),
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
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/claims.ts', field: 'verdict' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/claim-notes.ts', field: 'kind' }))
  })

  it('rejects a field the model does not know, and an empty required text', () => {
    const errors = broken((draft) => {
      Object.assign(firstClaim(draft), { colour: 'red' })
      firstPassage(draft).text = '  '
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ id: 'nyt-interview-date', message: expect.stringMatching(/colour/) }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ id: 'interview-outline', field: 'text' }))
  })

  it('rejects a claim without a note, and a note for no claim', () => {
    const errors = broken((draft) => {
      draft.notes = draft.notes.filter((note) => note.claimId !== 'nyt-interview-date')
      draft.notes.push({ ...(draft.notes[0] as (typeof draft.notes)[number]), claimId: 'ghost-claim' })
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/claim-notes.ts', id: 'nyt-interview-date', field: 'claimId' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/claim-notes.ts', id: 'ghost-claim', field: 'claimId' }),
    )
  })

  it('rejects a note whose speaker or fact does not exist', () => {
    const errors = broken((draft) => {
      const note = draft.notes[0]
      if (note) {
        note.speakerId = 'nobody'
        note.factIds = ['Z9']
      }
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/claim-notes.ts', field: 'speakerId' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/claim-notes.ts', field: 'factIds.0' }))
  })

  it('rejects a fact citing an unknown source, and a source without an https link', () => {
    const errors = broken((draft) => {
      const fact = draft.facts[0]
      if (fact) fact.sourceIds = ['nowhere']
      const source = draft.sources[0]
      if (source) source.url = 'http://example.com/insecure'
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/facts.ts', field: 'sourceIds.0' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/sources.ts', field: 'url' }))
  })

  it('rejects a duplicate source id and a malformed date', () => {
    const errors = broken((draft) => {
      const [first, second] = draft.sources
      if (first && second) second.id = first.id
      if (first) first.date = '19 December 2025'
    })
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/sources.ts', field: 'id' }))
    expect(errors).toContainEqual(expect.objectContaining({ file: 'src/content/sources.ts', field: 'date' }))
  })

  it('rejects a claim theme that its passage does not carry', () => {
    const errors = broken((draft) => {
      // "interview-outline" carries cooperation and law enforcement, not community impact.
      firstClaim(draft).themes = ['cooperation', 'community-impact']
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'src/content/claims.ts',
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
        file: 'src/content/claim-notes.ts',
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
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/sources.ts', id: 'the-same-again', field: 'url' }),
    )
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
    expect(wordy).toContainEqual(expect.objectContaining({ file: 'src/content/sources.ts', field: 'date' }))
  })

  it('rejects a who’s-who entry resting on an unknown fact, and a duplicate entry', () => {
    const errors = broken((draft) => {
      const [first, second] = draft.people
      if (first) first.factIds = ['Z9']
      if (first && second) second.id = first.id
    })
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/people.ts', id: 'garcia-harfuch', field: 'factIds.0' }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'src/content/people.ts', id: 'garcia-harfuch', field: 'id' }),
    )
  })

  it('rejects a takeaway resting on an unknown claim, and fewer than three takeaways', () => {
    const unknown = broken((draft) => {
      const first = draft.editorial.takeaways[0]
      if (first) first.claimIds = ['no-such-claim']
    })
    expect(unknown).toContainEqual(
      expect.objectContaining({ file: 'src/content/editorial.ts', id: 'wrong-date', field: 'claimIds.0' }),
    )
    const few = broken((draft) => {
      draft.editorial.takeaways = draft.editorial.takeaways.slice(0, 2)
    })
    expect(few).toContainEqual(expect.objectContaining({ file: 'src/content/editorial.ts', field: 'takeaways' }))
  })

  it('rejects an editor’s note that names a claim the record does not contradict, or leaves one out', () => {
    const errors = broken((draft) => {
      draft.editorial.note.corrections = [{ claimId: 'leader-captures', text: 'Not his captures.' }]
    })
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'src/content/editorial.ts',
        field: 'note.corrections.0.claimId',
        message: expect.stringMatching(/partly-supported, not contradicted/),
      }),
    )
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'src/content/editorial.ts',
        field: 'note.corrections',
        message: expect.stringMatching(/"nyt-interview-date" is not named/),
      }),
    )
  })

  it('checks the shipped editorial layer when the caller passes none', () => {
    const { editorial: _omitted, ...rest } = structuredClone({ ...content, ...notesBundle, editorial })
    const gone = 'nyt-interview-date'
    const withoutClaims = { ...rest, claims: rest.claims.filter((claim) => claim.id !== gone) }
    withoutClaims.notes = withoutClaims.notes.filter((note) => note.claimId !== gone)
    for (const note of withoutClaims.notes) note.related = note.related.filter((id) => id !== gone)
    expect(validateContent(withoutClaims)).toContainEqual(
      expect.objectContaining({ file: 'src/content/editorial.ts', field: 'note.corrections.0.claimId' }),
    )
  })
})
