import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { textParts } from '../../src/components/text-parts'

// A sentence with markup in it comes from the dictionary as one text with {placeholders}; the page
// it makes must be the page JSX made, text node for text node, or the prerendered pages change.
describe('textParts', () => {
  it('renders a text with a number and an element as JSX writes the same words', () => {
    const minutes = 12
    const fromText = renderToString(
      <p>
        {textParts('About {minutes} min read · {read}', { minutes, read: <span data-progress="4">4% read</span> })}
      </p>,
    )
    const fromJsx = renderToString(
      <p>
        About {minutes} min read · <span data-progress="4">4% read</span>
      </p>,
    )
    expect(fromText).toBe(fromJsx)
    expect(fromText).toContain('About <!-- -->12<!-- --> min read · <span')
  })

  it('puts each value in its place whatever the order, and writes numbers for the locale', () => {
    const html = renderToString(<p>{textParts('{label}: {count}', { label: 'Respaldada', count: 70422 })}</p>)
    expect(html).toBe('<p>Respaldada<!-- -->: <!-- -->70,422</p>')
  })

  it('leaves a placeholder it has no value for as written', () => {
    expect(renderToString(<p>{textParts('Updated {date}', {})}</p>)).toBe('<p>Updated <!-- -->{date}</p>')
  })
})
