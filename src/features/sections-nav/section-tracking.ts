import { useEffect } from 'react'
import { setReaderUi } from '../reader/reader-store'

/** The share of the viewport, from the top, that a section's top must pass to become current. */
const READING_LINE = 0.3
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

function pickCurrent(ids: readonly string[]): string | undefined {
  const line = window.innerHeight * READING_LINE
  let current: string | undefined
  // In page order: the first below the line ends the search. Measuring on would lay out, at once,
  // parts that skip layout while far from the screen (content-visibility), a long task for nothing.
  for (const id of ids) {
    const top = document.getElementById(id)?.getBoundingClientRect().top
    if (top === undefined) continue
    if (top > line) break
    current = id
  }
  // At the very bottom, the last section in view is current even if its top never reached the
  // line: otherwise a short last section could never be marked.
  const doc = document.documentElement
  if (window.scrollY > 0 && window.innerHeight + window.scrollY >= doc.scrollHeight - 2) {
    const last = ids.findLast((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top
      return top !== undefined && top < window.innerHeight
    })
    if (last) current = last
  }
  return current ?? ids[0]
}

function hashTarget(ids: readonly string[]): string | undefined {
  try {
    const hash = decodeURIComponent(window.location.hash.slice(1))
    return ids.includes(hash) ? hash : undefined
  } catch {
    return undefined
  }
}

// A section named by the hash or a jump stays current until the reader scrolls by hand.
let pinned: string | undefined

/** Marks a section current at once, for a jump the reader asked for (the scroll may still be moving). */
export function pinSection(id: string) {
  pinned = id
  setReaderUi({ current: id })
}

/** Goes to a section as a link to it would, marking it current at once. */
export function jumpToSection(id: string) {
  pinSection(id)
  window.location.hash = id
}

/**
 * Tracks the section being read into the reader's state (`current`). One IntersectionObserver
 * watches sections cross the reading line (a scroll listener covers the page bottom and browsers
 * without the observer). A section named by the hash or pinned by a jump stays current until the
 * reader scrolls by hand, so a smooth scroll passing other sections does not flicker. Until it
 * runs, no section is current, so the prerendered HTML marks none. Mount it once per page.
 */
export function useSectionTracking(ids: readonly string[]) {
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setReaderUi({ current: pinned ?? pickCurrent(ids) }))
    }
    const unpin = () => {
      pinned = undefined
    }
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) unpin()
    }
    const onHash = () => {
      pinned = hashTarget(ids)
      update()
    }

    let observer: IntersectionObserver | undefined
    if (typeof window.IntersectionObserver === 'function') {
      observer = new IntersectionObserver(update, {
        rootMargin: `0px 0px -${(1 - READING_LINE) * 100}% 0px`,
      })
      for (const id of ids) {
        const element = document.getElementById(id)
        if (element) observer.observe(element)
      }
    }
    window.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update, { passive: true })
    window.addEventListener('wheel', unpin, { passive: true })
    window.addEventListener('touchmove', unpin, { passive: true })
    window.addEventListener('keydown', onKey)
    window.addEventListener('hashchange', onHash)
    pinned = hashTarget(ids)
    update()
    return () => {
      cancelAnimationFrame(frame)
      observer?.disconnect()
      pinned = undefined
      window.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
      window.removeEventListener('wheel', unpin)
      window.removeEventListener('touchmove', unpin)
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('hashchange', onHash)
    }
  }, [ids])
}
