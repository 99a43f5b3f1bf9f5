/**
 * The page's `.below-fold` parts skip layout while far from the screen (content-visibility) and
 * take their real height once the browser has rendered them and remembered it
 * (contain-intrinsic-size: auto). Until then a jump across them aims at placeholder heights and
 * lands off its target as they render. This module gives each part its real height after the
 * first paint, a little at a time while the browser is idle; a jump that comes sooner first lays
 * out the parts before its target, so it aims at real heights too.
 */

const MEASURING = 'is-measuring'
/** A frame that lays out measured parts should stay under this (ms); batches grow or shrink to fit. */
const FRAME_BUDGET = 30

let measured = new WeakSet<Element>()
const parts = () => [...document.querySelectorAll<HTMLElement>('.below-fold')]
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 3000 })
    else window.setTimeout(resolve, 50)
  })

/**
 * Renders every part not yet measured for two frames, a batch per idle slice (sizes are
 * remembered at the end of a rendering update), sizing each batch so its frame stays short.
 */
export async function measureBelowFold(isCancelled: () => boolean = () => false): Promise<void> {
  let size = 1
  for (;;) {
    await whenIdle()
    if (isCancelled()) return
    const batch = parts()
      .filter((part) => !measured.has(part))
      .slice(0, size)
    if (batch.length === 0) return
    for (const part of batch) part.classList.add(MEASURING)
    const before = await nextFrame()
    const after = await nextFrame()
    for (const part of batch) {
      part.classList.remove(MEASURING)
      measured.add(part)
    }
    const frame = after - before
    size = frame > FRAME_BUDGET ? Math.max(1, Math.floor(size / 2)) : frame < FRAME_BUDGET / 2 ? size * 2 : size
  }
}

/** Forgets every remembered size (the width changed, and heights with it). */
export function forgetBelowFoldSizes() {
  measured = new WeakSet()
}

/**
 * Call before scrolling to `target`: lays out every part before it (and it) that has no real
 * height yet, for the length of the scroll, so the scroll aims at real heights and lands exactly.
 */
export function prepareJump(target: Element | null) {
  if (!target) return
  const pending = parts().filter(
    (part) =>
      !measured.has(part) &&
      (part === target ||
        part.contains(target) ||
        Boolean(part.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)),
  )
  if (pending.length === 0) return
  for (const part of pending) part.classList.add(MEASURING)
  let timer = 0
  const done = () => {
    window.clearTimeout(timer)
    window.removeEventListener('scrollend', done)
    // One more rendering update after the scroll, so each size is remembered before it skips again.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        for (const part of pending) {
          part.classList.remove(MEASURING)
          measured.add(part)
        }
      }),
    )
  }
  window.addEventListener('scrollend', done)
  // A jump to where the page already is ends no scroll.
  timer = window.setTimeout(done, 2000)
}
