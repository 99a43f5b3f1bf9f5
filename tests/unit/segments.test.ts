import { describe, expect, it } from 'vitest'
import { findQuote } from '../../src/content/quote'
import type { Claim } from '../../src/content/types'
import { segmentPassage } from '../../src/lib/segments'

const claim = (id: string, exact: string, extra: Partial<Claim['quote']> = {}): Claim => ({
  id,
  passageId: 'p',
  quote: { exact, ...extra },
  themes: ['cooperation'],
  verdict: 'supported',
})

describe('findQuote', () => {
  it('finds every occurrence of the exact text', () => {
    expect(findQuote('a cat and a cat', { exact: 'cat' })).toEqual([2, 12])
  })
  it('narrows occurrences by prefix and suffix', () => {
    expect(findQuote('a cat and a cat', { exact: 'cat', prefix: 'a ', suffix: ' and' })).toEqual([2])
    expect(findQuote('a cat and a cat', { exact: 'cat', prefix: 'and a ' })).toEqual([12])
  })
  it('finds nothing for an empty or absent quote', () => {
    expect(findQuote('text', { exact: '' })).toEqual([])
    expect(findQuote('text', { exact: 'dog' })).toEqual([])
  })
})

describe('segmentPassage', () => {
  it('returns the whole text as one plain segment when there are no claims', () => {
    expect(segmentPassage('Plain words.', [])).toEqual([{ kind: 'text', text: 'Plain words.' }])
  })

  it('splits text around claims in order, whatever order the claims come in', () => {
    const text = 'One claim here, and another claim there.'
    expect(segmentPassage(text, [claim('b', 'another claim'), claim('a', 'One claim')])).toEqual([
      { kind: 'claim', text: 'One claim', claimId: 'a' },
      { kind: 'text', text: ' here, and ' },
      { kind: 'claim', text: 'another claim', claimId: 'b' },
      { kind: 'text', text: ' there.' },
    ])
  })

  it('keeps the text intact: joining the segments gives the passage back', () => {
    const text = 'Speaking in 2023, he said more.'
    const joined = segmentPassage(text, [claim('a', 'in 2023'), claim('b', 'more')])
      .map((segment) => segment.text)
      .join('')
    expect(joined).toBe(text)
  })

  it('leaves an ambiguous or missing quote as plain text', () => {
    expect(segmentPassage('a cat and a cat', [claim('a', 'cat'), claim('b', 'dog')])).toEqual([
      { kind: 'text', text: 'a cat and a cat' },
    ])
  })

  it('uses prefix and suffix to anchor a repeated phrase', () => {
    expect(segmentPassage('a cat and a cat', [claim('a', 'cat', { prefix: 'and a ' })])).toEqual([
      { kind: 'text', text: 'a cat and a ' },
      { kind: 'claim', text: 'cat', claimId: 'a' },
    ])
  })

  it('drops a claim that overlaps an earlier one', () => {
    expect(segmentPassage('abcdef', [claim('a', 'abcd'), claim('b', 'cdef')])).toEqual([
      { kind: 'claim', text: 'abcd', claimId: 'a' },
      { kind: 'text', text: 'ef' },
    ])
  })
})

describe('segmentPassage with names', () => {
  const mention = (id: string, exact: string, extra: Partial<Claim['quote']> = {}) => ({
    id,
    personId: 'someone',
    passageId: 'p',
    quote: { exact, ...extra },
  })

  it('marks mentions between claims, in order', () => {
    const text = 'Ana said the plan works, and Ana smiled.'
    expect(
      segmentPassage(
        text,
        [claim('c', 'the plan works')],
        [mention('m2', 'Ana', { prefix: 'and ' }), mention('m1', 'Ana', { suffix: ' said' })],
      ),
    ).toEqual([
      { kind: 'mention', text: 'Ana', mentionId: 'm1' },
      { kind: 'text', text: ' said ' },
      { kind: 'claim', text: 'the plan works', claimId: 'c' },
      { kind: 'text', text: ', and ' },
      { kind: 'mention', text: 'Ana', mentionId: 'm2' },
      { kind: 'text', text: ' smiled.' },
    ])
  })

  it('never puts a mention inside a claim: the claim keeps its words whole', () => {
    const text = 'We heard that Ana leads the team.'
    expect(segmentPassage(text, [claim('c', 'Ana leads the team')], [mention('m', 'Ana')])).toEqual([
      { kind: 'text', text: 'We heard that ' },
      { kind: 'claim', text: 'Ana leads the team', claimId: 'c' },
      { kind: 'text', text: '.' },
    ])
  })

  it('leaves an ambiguous mention as text', () => {
    expect(segmentPassage('Ana and Ana.', [], [mention('m', 'Ana')])).toEqual([{ kind: 'text', text: 'Ana and Ana.' }])
  })
})
