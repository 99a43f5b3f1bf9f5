/**
 * The page's `.below-fold` parts skip layout while far from the screen (content-visibility) and
 * take their real height once the browser has rendered them and remembered it
 * (contain-intrinsic-size: auto). Until then a jump across them would aim at placeholder heights
 * and land off its target. This module gives each part its real height after the first paint, a
 * few at a time while the browser is idle, and at once before a jump that comes sooner.
 */

/** How many parts one idle slice lays out. */
const BATCH = 8
const MEASURING = 'is-measuring'

let measured = false
const parts = () => [...document.querySelectorAll<HTMLElement>('.below-fold')]
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 2000 })
    else window.setTimeout(resolve, 50)
  })

/**
 * Renders every part for two frames, a batch per idle slice: sizes are remembered at the end of
 * a rendering update. `isCancelled` stops it between batches.
 */
export async function measureBelowFold(isCancelled: () => boolean = () => false): Promise<void> {
  const all = parts()
  for (let start = 0; start < all.length && !isCancelled(); start += BATCH) {
    await whenIdle()
    const batch = all.slice(start, start + BATCH)
    for (const part of batch) part.classList.add(MEASURING)
    await nextFrame()
    await nextFrame()
    for (const part of batch) part.classList.remove(MEASURING)
  }
  if (!isCancelled()) measured = true
}

/** Marks the remembered sizes stale (the width changed), so the next jump lays everything out. */
export function forgetBelowFoldSizes() {
  measured = false
}

/**
 * Call before scrolling to a place in the page. If the parts have not all been measured yet, lays
 * them all out for the length of the scroll, so it aims at real heights, and lets them skip again
 * (remembering their sizes) once it ends.
 */
export function beforeJump() {
  if (measured) return
  const all = parts()
  for (const part of all) part.classList.add(MEASURING)
  let timer = 0
  const done = () => {
    window.clearTimeout(timer)
    window.removeEventListener('scrollend', done)
    requestAnimationFrame(() => {
      for (const part of all) part.classList.remove(MEASURING)
      measured = true
    })
  }
  window.addEventListener('scrollend', done, { once: true })
  // A jump to where the page already is scrolls nowhere and ends no scroll.
  timer = window.setTimeout(done, 2000)
}
