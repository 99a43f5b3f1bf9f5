import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { interpolate } from '../../src/components/interpolate'

describe('interpolate', () => {
  it('puts an element where its placeholder stands, with the words around it in order', () => {
    const { container } = render(
      <p>{interpolate('Tell the editors: {link}. We read every one.', { link: <a href="/report">report</a> })}</p>,
    )
    expect(container.textContent).toBe('Tell the editors: report. We read every one.')
    expect(screen.getByRole('link', { name: 'report' }).previousSibling?.textContent).toBe('Tell the editors: ')
  })

  it('follows the word order of the text, the element first or last', () => {
    const first = render(<p>{interpolate('{date} es la fecha', { date: <time dateTime="2025-12-19">19</time> })}</p>)
    expect(first.container.querySelector('p')?.firstChild?.nodeName).toBe('TIME')
    expect(first.container.textContent).toBe('19 es la fecha')
    const last = render(<p>{interpolate('ends on {date}', { date: <time dateTime="2025-12-19">19</time> })}</p>)
    expect(last.container.querySelector('p')?.lastChild?.nodeName).toBe('TIME')
  })

  it('fills two placeholders, and leaves one it has no element for as written', () => {
    const { container } = render(
      <p>{interpolate('{a} and {b}, not {c}', { a: <strong>one</strong>, b: <em>two</em> })}</p>,
    )
    expect(container.innerHTML).toBe('<p><strong>one</strong> and <em>two</em>, not {c}</p>')
  })
})
