import { useId } from 'react'
import type { Figure, FigureValue, NotesBundle } from '../../content/types'
import { formatNumber } from '../../lib/format'
import { t, tp } from '../../lib/i18n'
import { sourcesOfFacts } from '../../lib/notes'
import { CitedSources } from '../editorial/source-citation'

// The drawing's own coordinates (it scales with its box, up to a readable size set in CSS).
const WIDTH = 320
const ROW = 30
const LABEL = 112
const BAR_START = LABEL + 6
const BAR_SPACE = WIDTH - BAR_START - 64

interface Row {
  label: string
  value: number
  provisional?: string | undefined
  total?: boolean
}

/** What a provisional value is, in words. */
const PROVISIONAL: Record<NonNullable<FigureValue['provisional']>, string> = {
  proposal: t('chart.provisional.proposal'),
  preliminary: t('chart.provisional.preliminary'),
}

/** The rows a chart draws: its values, then (if it keeps one) the running total, computed. */
export function chartRows(figure: Figure): Row[] {
  const rows: Row[] = figure.values.map(({ label, value, provisional }) => ({
    label,
    value,
    provisional: provisional && PROVISIONAL[provisional],
  }))
  if (figure.runningTotal) {
    rows.push({ label: t('chart.inAll'), value: figure.values.reduce((sum, { value }) => sum + value, 0), total: true })
  }
  return rows
}

const rowText = (row: Row) => `${row.label}${row.provisional ? ` (${row.provisional})` : ''}`

/**
 * One of the record's numbers as a small horizontal bar chart, drawn in SVG in the prerendered
 * page (no script draws it), with its numbers also in words for screen readers and in a table
 * anyone can open, its caveat and its sources. Bars start at zero, so their lengths compare.
 */
export function BarChart({ figure, notes }: { figure: Figure; notes: NotesBundle }) {
  const id = useId()
  const rows = chartRows(figure)
  const max = Math.max(...rows.map((row) => row.value))
  const height = rows.length * ROW + 4
  const said = rows.map((row) => `${rowText(row)}: ${formatNumber(row.value)}`).join('; ')
  const factIds = [...new Set([...figure.values.map((v) => v.factId), ...(figure.aside ? [figure.aside.factId] : [])])]
  return (
    <figure className="record-chart" data-figure={figure.id}>
      <figcaption className="font-semibold">
        {figure.title} <span className="font-normal text-muted">({figure.unit})</span>
      </figcaption>
      <svg className="record-chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{`${figure.title} (${figure.unit}): ${said}.`}</title>
        {rows.map((row, index) => {
          const y = index * ROW + 4
          const width = max === 0 ? 0 : Math.max(1, (row.value / max) * BAR_SPACE)
          const kind = row.total ? 'is-total' : row.provisional ? 'is-provisional' : ''
          return (
            <g key={row.label} className={`record-chart-row ${kind}`}>
              <text className="record-chart-label" x={LABEL} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
                {row.label}
                {row.provisional ? '*' : ''}
              </text>
              <rect className="record-chart-bar" x={BAR_START} y={y + 4} width={width} height={ROW - 10} rx={2} />
              <text className="record-chart-value" x={BAR_START + width + 4} y={y + ROW / 2} dominantBaseline="middle">
                {formatNumber(row.value)}
              </text>
            </g>
          )
        })}
      </svg>
      <div className="record-chart-notes">
        {rows.some((row) => row.provisional) ? (
          <p>
            *{' '}
            {rows
              .filter((row) => row.provisional)
              .map((row) => `${row.label}: ${row.provisional}`)
              .join('; ')}
            .
          </p>
        ) : null}
        {figure.aside ? <p>{figure.aside.text}</p> : null}
        {figure.caveat ? <p>{figure.caveat}</p> : null}
        <p>
          <CitedSources sources={sourcesOfFacts(notes, factIds)} /> ({tp('chart.fact', factIds.length)}{' '}
          {factIds.join(', ')})
        </p>
        <details className="record-chart-data">
          <summary>{t('chart.table')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('chart.when')}</th>
                <th scope="col">{figure.unit}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{rowText(row)}</th>
                  <td>{formatNumber(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </figure>
  )
}
