import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { lensSections } from '../../src/features/reader/section-lens'

// jsdom lays nothing out: each section is given a place, 1,000 px tall one under the other, on a
// screen 800 px high scrolled to `scrollY`, and frames run when the test says so.
const SECTION_HEIGHT = 1000
let scrollY = 0
let frames = new Map<number, FrameRequestCallback>()
let lastFrame = 0

function articleOf(sections: number, passagesEach: number): HTMLElement {
  const article = document.createElement('article')
  article.append(document.createElement('div'))
  for (let index = 0; index < sections; index++) {
    const section = document.createElement('section')
    section.className = 'article-section'
    section.id = `s${index}`
    for (let p = 0; p < passagesEach; p++) {
      const passage = document.createElement('p')
      passage.className = 'passage'
      section.append(passage)
    }
    section.getBoundingClientRect = () => {
      const top = index * SECTION_HEIGHT - scrollY
      return DOMRect.fromRect({ x: 0, y: top, width: 600, height: SECTION_HEIGHT })
    }
    article.append(section)
  }
  document.body.append(article)
  return article
}

/** Runs the callbacks of one frame; returns how many there were. */
function frame(): number {
  const due = [...frames.values()]
  frames = new Map()
  for (const callback of due) callback(performance.now())
  return due.length
}

const withLens = (article: HTMLElement, value = 'cooperation') =>
  [...article.querySelectorAll<HTMLElement>('.article-section')]
    .filter((section) => section.dataset.lensTheme === value)
    .map((section) => section.id)

beforeEach(() => {
  scrollY = 0
  frames = new Map()
  vi.stubGlobal('innerHeight', 800)
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastFrame, callback)
    return lastFrame
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id))
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.replaceChildren()
})

describe('a lens drawn section by section', () => {
  it('marks the sections within a screen of the view at once, the rest over the frames after, below the view first', () => {
    const article = articleOf(20, 10)
    scrollY = 10_000
    lensSections(article, 'lensTheme', 'cooperation')
    // In view: s10 (0–1000 on screen); within a screen above and below: s9 and s11.
    expect(withLens(article)).toEqual(['s9', 's10', 's11'])
    // The frame of the change itself adds nothing more.
    frame()
    expect(withLens(article)).toEqual(['s9', 's10', 's11'])
    // The next: 60 passages, six sections, the nearest below the view.
    frame()
    expect(withLens(article)).toEqual(['s9', 's10', 's11', 's12', 's13', 's14', 's15', 's16', 's17'])
    // Then the last two below, and above the view, nearest first.
    frame()
    expect(withLens(article)).toEqual([
      's5',
      's6',
      's7',
      's8',
      's9',
      's10',
      's11',
      's12',
      's13',
      's14',
      's15',
      's16',
      's17',
      's18',
      's19',
    ])
    let more = 0
    while (frame() > 0) more++
    expect(withLens(article)).toHaveLength(20)
    expect(more).toBe(1)
  })

  it('marks a section scrolled into view before its turn in the scroll’s own frame', () => {
    const article = articleOf(20, 10)
    lensSections(article, 'lensTheme', 'cooperation')
    expect(withLens(article)).toEqual(['s0', 's1'])
    scrollY = 17_500
    window.dispatchEvent(new Event('scroll'))
    expect(withLens(article)).toEqual(expect.arrayContaining(['s16', 's17', 's18', 's19']))
    expect(withLens(article)).not.toContain('s10')
  })

  it('marks the sections a taller window uncovers in the resize’s own frame', () => {
    const article = articleOf(20, 10)
    lensSections(article, 'lensTheme', 'cooperation')
    expect(withLens(article)).toEqual(['s0', 's1'])
    vi.stubGlobal('innerHeight', 1600)
    window.dispatchEvent(new Event('resize'))
    // Within a screen below a 1,600 px view: down to 3,200 px.
    expect(withLens(article)).toEqual(['s0', 's1', 's2', 's3'])
  })

  it('switching or turning off takes over from a change still under way, and leaves no section behind', () => {
    const article = articleOf(20, 10)
    scrollY = 5000
    lensSections(article, 'lensTheme', 'cooperation')
    frame()
    frame()
    lensSections(article, 'lensTheme', 'law-enforcement')
    // No section takes the old lens after the switch, in any frame.
    let left = withLens(article, 'cooperation').length
    while (frame() > 0) {
      expect(withLens(article, 'cooperation').length).toBeLessThanOrEqual(left)
      left = withLens(article, 'cooperation').length
    }
    expect(withLens(article, 'law-enforcement')).toHaveLength(20)
    expect(withLens(article, 'cooperation')).toEqual([])

    lensSections(article, 'lensTheme', undefined)
    while (frame() > 0) {}
    expect(article.querySelectorAll('[data-lens-theme]')).toHaveLength(0)
    // Done: a later scroll changes nothing.
    window.dispatchEvent(new Event('scroll'))
    expect(article.querySelectorAll('[data-lens-theme]')).toHaveLength(0)
  })

  it('a short article takes the change whole, in its own frame', () => {
    const article = articleOf(5, 3)
    scrollY = 0
    lensSections(article, 'lensTheme', 'cooperation')
    expect(withLens(article)).toHaveLength(5)
    expect(frames.size).toBe(0)
  })
})
