import { useCallback, useEffect, useRef, useState } from 'react'

/** The share of the viewport, from the top, that a section's top must pass to become current. */
const READING_LINE = 0.3
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

function pickCurrent(ids: readonly string[]): string | undefined {
  const line = window.innerHeight * READING_LINE
  let current: string | undefined
  for (const id of ids) {
    const top = document.getElementById(id)?.getBoundingClientRect().top
    if (top !== undefined && top <= line) current = id
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

/**
 * The id of the section being read, and `pin(id)` for a jump the reader asked for. One
 * IntersectionObserver watches sections cross the reading line (a scroll listener covers the page
 * bottom and browsers without the observer). A section named by the hash or a jump stays current
 * until the reader scrolls by hand, so a smooth scroll passing other sections does not flicker.
 * Undefined until mounted, so the prerendered HTML marks no section.
 */
export function useCurrentSection(ids: readonly string[]): { current: string | undefined; pin: (id: string) => void } {
  const [current, setCurrent] = useState<string | undefined>(undefined)
  const pinned = useRef<string | undefined>(undefined)

  const pin = useCallback((id: string) => {
    pinned.current = id
    setCurrent(id)
  }, [])

  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setCurrent(pinned.current ?? pickCurrent(ids)))
    }
    const unpin = () => {
      pinned.current = undefined
    }
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) unpin()
    }
    const onHash = () => {
      pinned.current = hashTarget(ids)
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
    pinned.current = hashTarget(ids)
    update()
    return () => {
      cancelAnimationFrame(frame)
      observer?.disconnect()
      window.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
      window.removeEventListener('wheel', unpin)
      window.removeEventListener('touchmove', unpin)
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('hashchange', onHash)
    }
  }, [ids])

  return { current, pin }
}
