import { describe, expect, it } from 'vitest'
import { validateReaderSearch } from '../../src/lib/reader-search'

describe('validateReaderSearch', () => {
  it('keeps a theme and a claim given as strings', () => {
    expect(validateReaderSearch({ theme: 'cooperation', claim: 'x' })).toEqual({ theme: 'cooperation', claim: 'x' })
  })
  it('drops anything that is not a non-empty string', () => {
    expect(validateReaderSearch({ theme: ['a'], claim: 42 })).toEqual({ theme: undefined, claim: undefined })
    expect(validateReaderSearch({ theme: '  ', claim: { a: 1 } })).toEqual({ theme: undefined, claim: undefined })
  })
  it('drops unknown parameters', () => {
    expect(validateReaderSearch({ utm_source: 'x' })).toEqual({ theme: undefined, claim: undefined })
  })
  it('always sets both keys, so a malformed raw value cannot survive a merge', () => {
    const search = validateReaderSearch({ theme: {} })
    expect(Object.keys(search).sort()).toEqual(['claim', 'theme'])
    expect({ theme: {}, ...search }.theme).toBeUndefined()
  })
  it('bounds a very long value', () => {
    expect(validateReaderSearch({ claim: 'x'.repeat(5000) }).claim).toHaveLength(200)
  })
})
