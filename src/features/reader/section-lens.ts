/**
 * Draws a state of the article (the theme lens, the verdict filter) section by section: each
 * section carries the state in its own attribute and the CSS keys on it, so a change restyles the
 * sections it is set on and no others. The sections within a screen of the view take it in the
 * frame of the change; the rest follow, those below the view first, nearest first, a few passages
 * a frame, and any section that scrolls into view before its turn takes it in the frame that shows
 * it. A change is colours only (no sizes), so nothing moves while the rest catch up: deep links,
 * the scroll position and find-in-page are untouched.
 *
 * Why: one attribute on the article made every change restyle every passage and claim of the
 * article in one frame (about 40 ms of style work at 100 times the article's length, where the
 * screen shows two of its three hundred sections).
 */

/** Passages restyled in one later frame (about 3 ms of style work on a slow machine). */
const PASSAGES_PER_FRAME = 60

const stops: Record<string, () => void> = {}

const passageCount = (section: Element) => section.getElementsByClassName('passage').length

/** Where a section is: -1 more than a screen above the view, 1 more than a screen below, else 0. */
function place(section: Element) {
  const { top, bottom } = section.getBoundingClientRect()
  return bottom < -innerHeight ? -1 : top > 2 * innerHeight ? 1 : 0
}

/**
 * Sets `data-<attribute>` (camelCase `attribute` as in `dataset`) to `state` on every section of
 * `article`, or removes it for undefined or '': those in view at once, the others over the next
 * frames. A new call for the same attribute takes over from one still under way.
 */
export function lensSections(article: HTMLElement, attribute: string, state: string | undefined) {
  stops[attribute]?.()
  const value = state || undefined
  const apply = (section: HTMLElement) => {
    if (value === undefined) delete section.dataset[attribute]
    else section.dataset[attribute] = value
  }
  const above: HTMLElement[] = []
  const below: HTMLElement[] = []
  const inView: HTMLElement[] = []
  // The article's own children: a query over the whole article would also walk the thousands of
  // elements of the notes after it. Every place is read before any section changes, so reading
  // them makes the browser compute no style.
  for (const section of article.children) {
    if (!(section instanceof HTMLElement) || !section.classList.contains('article-section')) continue
    if (section.dataset[attribute] === value) continue
    const where = place(section)
    ;(where < 0 ? above : where > 0 ? below : inView).push(section)
  }
  inView.forEach(apply)
  const rest = [...below, ...above.reverse()]

  // A short article takes the change whole, in the frame it is made.
  let count = 0
  for (const section of rest) {
    count += passageCount(section)
    if (count > PASSAGES_PER_FRAME) break
  }
  if (count <= PASSAGES_PER_FRAME) {
    rest.forEach(apply)
    return
  }

  let next = 0
  let frame = 0
  // Scroll and resize events run in a frame before its styles: a section scrolled (or jumped) into
  // view, or uncovered by a taller window, takes the change in the frame that first shows it.
  const onMove = () =>
    rest
      .slice(next)
      .filter((section) => place(section) === 0)
      .forEach(apply)
  const stop = () => {
    cancelAnimationFrame(frame)
    removeEventListener('scroll', onMove)
    removeEventListener('resize', onMove)
    delete stops[attribute]
  }
  const step = () => {
    for (let budget = PASSAGES_PER_FRAME; budget > 0 && next < rest.length; ) {
      const section = rest[next++]
      if (section) {
        apply(section)
        budget -= passageCount(section)
      }
    }
    if (next < rest.length) frame = requestAnimationFrame(step)
    else stop()
  }
  addEventListener('scroll', onMove, { passive: true })
  addEventListener('resize', onMove)
  // The first callback runs in the frame of the change, which already has its share: start after.
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(step)
  })
  stops[attribute] = stop
}
