import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstPaint, buildPartsAfterFirstPaint, PARTS_BUILT } from '../../src/components/after-first-paint'

/** A prerendered page as a browser with JavaScript holds it: each <noscript>'s markup is its text. */
function prerendered(...parts: string[]) {
  const article = document.createElement('article')
  article.append(document.createElement('p'))
  for (const markup of parts) {
    const section = document.createElement('section')
    const holder = document.createElement('noscript')
    holder.dataset.afterFirstPaint = ''
    holder.textContent = markup
    section.append(holder)
    article.append(section)
  }
  document.body.append(article)
  return article
}

const holders = () => document.querySelectorAll('noscript[data-after-first-paint]').length
/** Tasks run only when the test says so. */
function tasks() {
  const waiting: Array<() => void> = []
  return {
    nextTask: () => new Promise<void>((resolve) => waiting.push(resolve)),
    runOne: async () => {
      waiting.shift()?.()
      await Promise.resolve()
      await Promise.resolve()
    },
  }
}

describe('parts built after the first paint', () => {
  afterEach(() => {
    document.body.replaceChildren()
    window.history.replaceState(null, '', '/')
  })

  it('are rendered as they are where the page is rendered in the browser (dev server, tests)', () => {
    render(
      <AfterFirstPaint>
        <p>After the article</p>
      </AfterFirstPaint>,
    )
    expect(screen.getByText('After the article')).toBeTruthy()
    expect(document.querySelector('noscript')).toBeNull()
  })

  it('are built in their places one task at a time, each announced, once the islands are done', async () => {
    const article = prerendered('<h2>Timeline</h2>', '<ol><li id="note-a">A</li></ol>')
    const built = vi.fn()
    document.addEventListener(PARTS_BUILT, built)
    const { nextTask, runOne } = tasks()
    const parts = buildPartsAfterFirstPaint(nextTask)
    expect(holders()).toBe(2)
    const rest = parts.rest()
    await runOne()
    expect(holders()).toBe(1)
    expect(screen.getByRole('heading', { name: 'Timeline' }).parentElement).toBe(article.children[1])
    await runOne()
    await rest
    expect(holders()).toBe(0)
    expect(document.getElementById('note-a')?.parentElement?.parentElement).toBe(article.children[2])
    expect(built).toHaveBeenCalledTimes(2)
    document.removeEventListener(PARTS_BUILT, built)
  })

  it('are built at once for a deep link into them, all of them, and its target brought into view', () => {
    window.history.replaceState(null, '', '/#note-b')
    const scrolled = vi.fn()
    Element.prototype.scrollIntoView = scrolled
    prerendered('<p id="first">1</p>', '<ol><li id="note-b">B</li></ol>', '<p id="last">3</p>')
    buildPartsAfterFirstPaint(tasks().nextTask)
    expect(document.getElementById('first')).not.toBeNull()
    expect(document.getElementById('note-b')).not.toBeNull()
    expect(document.getElementById('last')).not.toBeNull()
    expect(scrolled.mock.contexts).toEqual([document.getElementById('note-b')])
  })

  it('are built before the browser follows a link into them, and not for a link elsewhere', () => {
    prerendered('<p id="first">1</p>', '<p id="second">2</p>')
    buildPartsAfterFirstPaint(tasks().nextTask)
    const follow = (hash: string) => {
      const link = document.createElement('a')
      link.href = hash
      link.addEventListener('click', (event) => event.preventDefault())
      document.body.append(link)
      link.click()
    }
    follow('#elsewhere')
    expect(holders()).toBe(2)
    follow('#second')
    expect(holders()).toBe(0)
  })

  it('are built to print', () => {
    prerendered('<p id="first">1</p>')
    buildPartsAfterFirstPaint(tasks().nextTask)
    window.dispatchEvent(new Event('beforeprint'))
    expect(holders()).toBe(0)
  })
})
