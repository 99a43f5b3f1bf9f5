import { describe, expect, it } from 'vitest'
import { validateReaderSearch } from '../../src/lib/reader-search'

describe('validateReaderSearch', () => {
  it('keeps a theme and a claim given as strings', () => {
    expect(validateReaderSearch({ theme: 'cooperation', claim: 'x' })).toEqual({ theme: 'cooperation', claim: 'x' })
  })
  it('drops anything that is not a non-empty string', () => {
    expect(validateReaderSearch({ theme: ['a'], claim: 42 })).toEqual({})
    expect(validateReaderSearch({ theme: '  ', claim: { a: 1 } })).toEqual({})
  })
  it('drops unknown parameters', () => {
    expect(validateReaderSearch({ utm_source: 'x' })).toEqual({})
  })
  it('bounds a very long value', () => {
    expect(validateReaderSearch({ claim: 'x'.repeat(5000) }).claim).toHaveLength(200)
  })
})
