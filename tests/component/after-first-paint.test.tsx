import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstPaint, insertAfterFirstPaint } from '../../src/components/after-first-paint'

/** A prerendered part as a browser with JavaScript holds it: the <noscript>'s markup is its text. */
function prerenderedPart(markup: string) {
  const holder = document.createElement('noscript')
  holder.dataset.afterFirstPaint = ''
  holder.textContent = markup
  const article = document.createElement('article')
  article.append(document.createElement('p'), holder)
  document.body.append(article)
  return article
}

describe('a part built after the first paint', () => {
  afterEach(() => {
    document.body.replaceChildren()
    window.history.replaceState(null, '', '/')
  })

  it('is rendered as it is where the page is rendered in the browser (dev server, tests)', () => {
    render(
      <AfterFirstPaint>
        <p>After the article</p>
      </AfterFirstPaint>,
    )
    expect(screen.getByText('After the article')).toBeTruthy()
    expect(document.querySelector('noscript')).toBeNull()
  })

  it('takes the place of its <noscript>, as elements', () => {
    const article = prerenderedPart('<section id="timeline"><h2>Timeline</h2></section><div class="who-cards"></div>')
    insertAfterFirstPaint()
    expect(article.querySelector('noscript')).toBeNull()
    expect([...article.children].map((child) => child.tagName)).toEqual(['P', 'SECTION', 'DIV'])
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeTruthy()
  })

  it('brings a deep link into it to its target, which the browser could not find', () => {
    window.history.replaceState(null, '', '/#note-a')
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    prerenderedPart('<ol><li id="note-a">A</li></ol>')
    insertAfterFirstPaint()
    expect(scrolled).toHaveBeenCalledTimes(1)
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('note-a'))
  })
})
