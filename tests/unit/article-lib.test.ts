import { describe, expect, it } from 'vitest'
import type { Article, Claim } from '../../src/content/types'
import { claimsInOrder, countWords, readingMinutes, sectionOfPassage, themesOfSection } from '../../src/lib/article'
import { claimsOfTheme, isThemeId, nextTheme, passagesOfTheme } from '../../src/lib/themes'
import { verdictCounts } from '../../src/lib/verdicts'

const article: Article = {
  title: 'Title words here',
  source: 'Test',
  sections: [
    {
      id: 's1',
      title: 'One',
      editorialTitle: true,
      passages: [
        { id: 'p1', text: 'alpha beta gamma', themes: ['cooperation'], themeReason: 'r' },
        { id: 'p2', text: 'delta epsilon', themes: ['law-enforcement', 'cooperation'], themeReason: 'r' },
      ],
    },
    {
      id: 's2',
      title: 'Two',
      editorialTitle: false,
      passages: [{ id: 'p3', text: 'zeta eta', themes: ['community-impact'], themeReason: 'r' }],
    },
  ],
}
const claim = (id: string, passageId: string, exact: string, themes: Claim['themes']): Claim => ({
  id,
  passageId,
  quote: { exact },
  themes,
  verdict: 'supported',
})
const claims = [
  claim('c3', 'p3', 'zeta', ['community-impact']),
  claim('c2', 'p1', 'gamma', ['cooperation']),
  claim('c1', 'p1', 'alpha', ['law-enforcement', 'cooperation']),
]

describe('article queries', () => {
  it('orders claims by passage, then by position in the passage', () => {
    expect(claimsInOrder({ article, themes: [], claims }).map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
  })
  it('finds the section of a passage', () => {
    expect(sectionOfPassage(article, 'p3')?.id).toBe('s2')
    expect(sectionOfPassage(article, 'nope')).toBeUndefined()
  })
  it('lists the themes a section holds in the given order', () => {
    const [s1] = article.sections
    if (!s1) throw new Error('fixture')
    expect(themesOfSection(s1, ['cooperation', 'community-impact', 'law-enforcement'])).toEqual([
      'cooperation',
      'law-enforcement',
    ])
  })
  it('counts words and estimates at least one minute of reading', () => {
    expect(countWords('  a  b\nc ')).toBe(3)
    expect(readingMinutes(article)).toBe(1)
  })
})

describe('theme queries', () => {
  it('recognises only the three theme ids', () => {
    expect(isThemeId('cooperation')).toBe(true)
    expect(isThemeId('__proto__')).toBe(false)
    expect(isThemeId(undefined)).toBe(false)
  })
  it('lists passages and claims of a theme in order', () => {
    expect(passagesOfTheme(article, 'cooperation').map((p) => p.id)).toEqual(['p1', 'p2'])
    expect(claimsOfTheme(claims, 'cooperation').map((c) => c.id)).toEqual(['c2', 'c1'])
  })
  it('cycles through the themes and back to none', () => {
    expect(nextTheme(undefined)).toBe('cooperation')
    expect(nextTheme('cooperation')).toBe('community-impact')
    expect(nextTheme('law-enforcement')).toBeUndefined()
  })
})

describe('verdict counts', () => {
  it('count the claims of each verdict in the scale’s order, and leave out a verdict no claim got', () => {
    const rated = [
      { ...claim('c1', 'p1', 'alpha', ['cooperation']), verdict: 'unverifiable' as const },
      claim('c2', 'p1', 'gamma', ['cooperation']),
      { ...claim('c3', 'p3', 'zeta', ['community-impact']), verdict: 'unverifiable' as const },
    ]
    expect(verdictCounts(rated)).toEqual([
      { verdict: 'supported', count: 1 },
      { verdict: 'unverifiable', count: 2 },
    ])
    expect(verdictCounts([])).toEqual([])
  })
})
