import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { chartRows } from '../../src/features/record/bar-chart'
import { ClaimRecord } from '../../src/features/record/claim-record'
import { RecordNumbers } from '../../src/features/record/record-numbers'
import { RecordTimeline } from '../../src/features/record/record-timeline'
import { formatNumber } from '../../src/lib/format'

const factText = (id: string) => notesBundle.facts.find((fact) => fact.id === id)?.text ?? ''

describe('the timeline of the record', () => {
  it('lists every moment in date order as a <time datetime>, each citing a source', () => {
    render(<RecordTimeline notes={notesBundle} />)
    const list = screen.getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(notesBundle.timeline.length)
    const stamps = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '')
    expect(stamps).toEqual(notesBundle.timeline.map((event) => event.date))
    // In date order, a month after the days of it written in full.
    const order = stamps.map((date) => (date.length === 7 ? `${date}-99` : date))
    expect(order).toEqual([...order].sort())
    for (const item of items) expect(item).toHaveTextContent(/Sources?: /)
  })

  it('sets the article’s date for its interview against the real one', () => {
    render(<RecordTimeline notes={notesBundle} />)
    const articleDate = document.querySelector('[data-kind="article"]')
    expect(articleDate?.querySelector('time')).toHaveAttribute('datetime', '2023-09')
    expect(articleDate).toHaveTextContent('The article’s claim')
    expect(document.getElementById('timeline-times-interview')?.querySelector('time')).toHaveAttribute(
      'datetime',
      '2025-12-19',
    )
  })
})

describe('the charts of the record’s numbers', () => {
  it('draw only numbers their facts state, and the running total the last transfer gives', () => {
    render(<RecordNumbers notes={notesBundle} />)
    /** Every number a text writes (105,838; 86.9; 26), whole. */
    const numbersIn = (text: string) => text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []
    expect(notesBundle.figures.length).toBeGreaterThan(0)
    for (const figure of notesBundle.figures) {
      const chart = document.querySelector(`[data-figure="${figure.id}"]`) as HTMLElement
      const drawn = [...chart.querySelectorAll('svg text.record-chart-value')].map((text) => text.textContent ?? '')
      expect(drawn, figure.id).toHaveLength(figure.values.length + (figure.runningTotal ? 1 : 0))
      figure.values.forEach((value, index) => {
        expect(numbersIn(factText(value.factId)), `${figure.id} ${value.label}`).toContain(drawn[index])
      })
    }
    const transfers = notesBundle.figures.find((figure) => figure.runningTotal)
    if (!transfers) throw new Error('no chart keeps a running total')
    const drawnTotal = document.querySelector(`[data-figure="${transfers.id}"] .is-total text.record-chart-value`)
    const lastFact = factText(transfers.values.at(-1)?.factId ?? '')
    const stated = /under the current government to (\d+)/.exec(lastFact)?.[1]
    expect(stated).toBeDefined()
    expect(drawnTotal?.textContent).toBe(stated)
  })

  it('draws each chart as an SVG with a name that says its numbers, and a table of them', () => {
    render(<RecordNumbers notes={notesBundle} />)
    for (const figure of notesBundle.figures) {
      const chart = document.querySelector(`[data-figure="${figure.id}"]`) as HTMLElement
      const image = within(chart).getByRole('img')
      for (const row of chartRows(figure)) {
        expect(image).toHaveAccessibleName(expect.stringContaining(formatNumber(row.value)))
        expect(within(chart).getByRole('table')).toHaveTextContent(formatNumber(row.value))
      }
      expect(chart).toHaveTextContent(/Sources?: /)
    }
  })

  it('shows beside a claim the charts and the moments that bear on it', () => {
    const claim = content.claims.find((c) => c.id === 'increased-funding')
    if (!claim) throw new Error('no claim increased-funding')
    render(<ClaimRecord claim={claim} notes={notesBundle} heading="h3" />)
    expect(screen.getByRole('img', { name: /security ministry’s \(SSPC\) budget/ })).toBeInTheDocument()
    const date = content.claims.find((c) => c.id === 'nyt-interview-date')
    if (!date) throw new Error('no claim nyt-interview-date')
    render(<ClaimRecord claim={date} notes={notesBundle} heading="h3" />)
    expect(screen.getByRole('link', { name: /September 2023 \(the article’s date\)/ })).toHaveAttribute(
      'href',
      '#timeline-article-interview-date',
    )
  })
})
