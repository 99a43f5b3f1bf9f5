import { describe, expect, it } from 'vitest'
import type { Fact, Figure } from '../../src/content/types'
import { checkFigures } from '../../src/content/validation/record-display-rules'
import { Reporter } from '../../src/content/validation/report'
import { confidenceNote, factCaution, formatNumber, formatSourceDate, statesNumber } from '../../src/lib/format'
import { recordNumber } from '../../src/lib/stated-number'

describe('formatNumber', () => {
  it('groups thousands by commas and keeps decimals as written', () => {
    expect(formatNumber(5)).toBe('5')
    expect(formatNumber(999)).toBe('999')
    expect(formatNumber(1000)).toBe('1,000')
    expect(formatNumber(105_838)).toBe('105,838')
    expect(formatNumber(1_234_567)).toBe('1,234,567')
    expect(formatNumber(86.9)).toBe('86.9')
    expect(formatNumber(12_345.25)).toBe('12,345.25')
    expect(formatNumber(0)).toBe('0')
  })
})

describe('the content check’s numbers', () => {
  it('are written as both editions write them (en-GB and es-MX), so a fact the check passes shows its number', () => {
    const spanish = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 20 })
    for (const value of [5, 1000, 2024, 70_422, 105_838, 1_234_567, 86.9, 12_345.25, 0.7]) {
      expect(recordNumber(value), String(value)).toBe(formatNumber(value))
      expect(recordNumber(value), String(value)).toBe(spanish.format(value))
      expect(statesNumber(`It came to ${formatNumber(value)}.`, value), String(value)).toBe(true)
    }
  })
})

describe('statesNumber', () => {
  const text = 'The budget fell from 105,838 million pesos to 70,422; the average was 86.9 a day, up 0.7%.'

  it('finds a number the text states whole, before a full stop, a semicolon or a % sign', () => {
    expect(statesNumber(text, 105_838)).toBe(true)
    expect(statesNumber(text, 70_422)).toBe(true)
    expect(statesNumber(text, 86.9)).toBe(true)
    expect(statesNumber(text, 0.7)).toBe(true)
    expect(statesNumber('It came to 2,024.', 2024)).toBe(true)
  })

  it('refuses a number that is only part of another', () => {
    expect(statesNumber(text, 5)).toBe(false)
    expect(statesNumber(text, 105)).toBe(false)
    expect(statesNumber(text, 838)).toBe(false)
    expect(statesNumber(text, 86)).toBe(false)
    expect(statesNumber(text, 9)).toBe(false)
    expect(statesNumber(text, 7)).toBe(false)
    expect(statesNumber(text, 422)).toBe(false)
  })
})

describe('the chart rule (checkFigures)', () => {
  const fact: Fact = {
    id: 'F1',
    text: 'The budget was 105,838 million pesos.',
    confidence: 'confirmed',
    sourceIds: ['s'],
  }
  const figure = (value: number): Figure => ({
    id: 'budget',
    title: 'Budget',
    unit: 'million pesos',
    values: [
      { label: '2024', value: 105_838, factId: 'F1' },
      { label: '2025', value, factId: 'F1' },
    ],
    claimIds: ['a-claim'],
  })
  const errorsFor = (value: number) => {
    const reporter = new Reporter()
    checkFigures(reporter, [figure(value)], [fact], new Set(['a-claim']))
    return reporter.errors
  }

  it('accepts a value its fact states', () => {
    expect(errorsFor(105_838)).toEqual([])
  })

  it('rejects a value that is only a part of a number its fact states', () => {
    for (const value of [5, 105, 838, 10]) {
      expect(errorsFor(value), String(value)).toEqual([
        {
          file: 'figures.yaml',
          id: 'budget',
          field: 'values.1.value',
          message: `${formatNumber(value)} is not in fact F1`,
          rule: 'figure-not-in-fact',
        },
      ])
    }
  })
})

describe('formatSourceDate', () => {
  it('writes a full date, a month or a year as a reader would', () => {
    expect(formatSourceDate('2025-12-19')).toBe('19 December 2025')
    expect(formatSourceDate('2024-07-06')).toBe('6 July 2024')
    expect(formatSourceDate('2025-02')).toBe('February 2025')
    expect(formatSourceDate('2025')).toBe('2025')
  })

  it('says "undated" for a source without a date, leaves out a month or day that does not exist, and anything else as it is', () => {
    expect(formatSourceDate('undated')).toBe('undated')
    expect(formatSourceDate('2025-13')).toBe('2025')
    expect(formatSourceDate('2025-00')).toBe('2025')
    expect(formatSourceDate('2025-02-30')).toBe('February 2025')
    expect(formatSourceDate('2025-04-00')).toBe('April 2025')
    expect(formatSourceDate('2024-02-29')).toBe('29 February 2024')
    expect(formatSourceDate('next week')).toBe('next week')
  })
})

describe('factCaution', () => {
  it('names the report a second-hand fact comes through, and otherwise falls back to its confidence', () => {
    expect(factCaution({ confidence: 'confirmed', via: 'a report of a report' })).toBe(
      'Second-hand, from a report of a report',
    )
    expect(factCaution({ confidence: 'partly', via: 'a report of a report' })).toBe(
      'Second-hand, from a report of a report',
    )
    expect(factCaution({ confidence: 'claim' })).toBe('The government’s own figure')
    expect(factCaution({ confidence: 'confirmed' })).toBeUndefined()
  })
})

describe('confidenceNote', () => {
  it('says nothing for a confirmed fact and names the other levels in words', () => {
    expect(confidenceNote('confirmed')).toBeUndefined()
    expect(confidenceNote('partly')).toBe('Reported second-hand or disputed')
    expect(confidenceNote('claim')).toBe('The government’s own figure')
  })
})
