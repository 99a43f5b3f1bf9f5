import { describe, expect, it } from 'vitest'
import { fillParts } from '../../src/lib/fill-parts'

type Part = { part: string }
const date: Part = { part: 'date' }
const recordEnds: Part = { part: 'record end' }

describe('fillParts', () => {
  it('cuts the text at each placeholder and puts that part in its place, in the text’s order', () => {
    expect(fillParts('Checked {date}, against the record to {recordEnds}', { date, recordEnds })).toEqual([
      'Checked ',
      date,
      ', against the record to ',
      recordEnds,
    ])
    // Another language may put the parts the other way round: the text decides.
    expect(fillParts('Hasta el {recordEnds}; verificada el {date}', { date, recordEnds })).toEqual([
      'Hasta el ',
      recordEnds,
      '; verificada el ',
      date,
    ])
  })

  it('keeps the words between parts as separate pieces, and leaves no empty piece at either end', () => {
    expect(fillParts('{label}', { label: 'Supported' })).toEqual(['Supported'])
    expect(fillParts('Our ruling: {label}.', { label: 'Supported' })).toEqual(['Our ruling: ', 'Supported', '.'])
    expect(fillParts('{a}{b}', { a: 'one', b: 'two' })).toEqual(['one', 'two'])
  })

  it('writes numbers for the locale, and leaves a placeholder that has no part as it is written', () => {
    expect(fillParts('Back to claim {number} in the text', { number: 12_345 })).toEqual([
      'Back to claim ',
      '12,345',
      ' in the text',
    ])
    expect(fillParts('{known} and {unknown}', { known: 'this' })).toEqual(['this', ' and ', '{unknown}'])
    expect(fillParts('No placeholders.', {})).toEqual(['No placeholders.'])
  })
})
