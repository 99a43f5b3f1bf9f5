import { describe, expect, it } from 'vitest'
import { validateReaderSearch } from '../../src/lib/reader-search'

describe('validateReaderSearch', () => {
  it('keeps a theme, a claim, a verdict and a name given as strings', () => {
    expect(
      validateReaderSearch({ theme: 'cooperation', claim: 'x', verdict: 'contradicted', who: 'garcia-harfuch' }),
    ).toEqual({
      theme: 'cooperation',
      claim: 'x',
      verdict: 'contradicted',
      who: 'garcia-harfuch',
    })
  })
  it('drops anything that is not a non-empty string', () => {
    expect(validateReaderSearch({ theme: ['a'], claim: 42, who: ['x'] })).toEqual({
      theme: undefined,
      claim: undefined,
    })
    expect(validateReaderSearch({ theme: '  ', claim: { a: 1 } })).toEqual({ theme: undefined, claim: undefined })
  })
  it('drops unknown parameters', () => {
    expect(validateReaderSearch({ utm_source: 'x' })).toEqual({ theme: undefined, claim: undefined })
  })
  it('always sets every key, so a malformed raw value cannot survive a merge', () => {
    const search = validateReaderSearch({ theme: {}, verdict: ['x'] })
    expect(Object.keys(search).sort()).toEqual(['claim', 'theme', 'verdict', 'who'])
    expect({ verdict: ['x'], ...search }.verdict).toBeUndefined()
    expect({ theme: {}, ...search }.theme).toBeUndefined()
  })
  it('bounds a very long value', () => {
    expect(validateReaderSearch({ claim: 'x'.repeat(5000) }).claim).toHaveLength(200)
  })
})
