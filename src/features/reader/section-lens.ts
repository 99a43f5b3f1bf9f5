/**
 * Draws a state of the article (the theme lens, the verdict filter) section by section: each
 * section carries the state in its own attribute and the CSS keys on it, so a change restyles the
 * sections it is set on and no others. The sections on screen (and a screen either side) take it
 * in the frame of the change; the rest follow, nearest first, a few passages a frame, and any
 * section that scrolls into view before its turn takes it in the frame that shows it. A change is
 * colours only (no size changes), so nothing moves while the rest catch up: deep links, the scroll
 * position and find-in-page are untouched.
 *
 * Why: one attribute on the article made every change restyle every passage and claim of the
 * article in one frame (about 40 ms of style work at 100 times the article's length, where the
 * screen shows two of its three hundred sections).
 */

/** Passages restyled in one later frame (about 3 ms of style work on a slow machine). */
const PASSAGES_PER_FRAME = 60
/** How far beyond the screen, in screen heights, the change is drawn in its own frame. */
const MARGIN = 1

type Job = { stop: () => void }
const jobs = new Map<string, Job>()

const passageCount = (section: HTMLElement) => section.getElementsByClassName('passage').length

/**
 * The index range of the sections within MARGIN screens of the viewport: they stand one under the
 * other, so a binary search finds the first, and the rest follow it.
 */
function sectionsInView(sections: readonly HTMLElement[]): [number, number] {
  const margin = window.innerHeight * MARGIN
  const bottom = window.innerHeight + margin
  let low = 0
  let high = sections.length
  while (low < high) {
    const middle = (low + high) >> 1
    const section = sections[middle]
    if (section && section.getBoundingClientRect().bottom < -margin) low = middle + 1
    else high = middle
  }
  let last = low
  while (last < sections.length && (sections[last]?.getBoundingClientRect().top ?? Infinity) <= bottom) last++
  return [low, last - 1]
}

/** The sections outside [first, last], nearest first, alternating below and above. */
function outward(sections: readonly HTMLElement[], first: number, last: number): HTMLElement[] {
  const order: HTMLElement[] = []
  for (let step = 1; first - step >= 0 || last + step < sections.length; step++) {
    const below = sections[last + step]
    const above = sections[first - step]
    if (below) order.push(below)
    if (above) order.push(above)
  }
  return order
}

/**
 * Sets `data-<attribute>` (camelCase `attribute` as in `dataset`) to `value` on every section of
 * `article`, or removes it for undefined: those in view at once, the others over the next frames.
 * A new call for the same attribute takes over from one still under way.
 */
export function lensSections(article: HTMLElement, attribute: string, value: string | undefined) {
  jobs.get(attribute)?.stop()
  jobs.delete(attribute)
  // The article's own children: a query over the whole article would also walk the thousands of
  // elements of the notes after it.
  const sections = [...article.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('article-section'),
  )
  const apply = (section: HTMLElement) => {
    if (section.dataset[attribute] === value) return 0
    if (value === undefined) delete section.dataset[attribute]
    else section.dataset[attribute] = value
    return passageCount(section)
  }
  const applyInView = () => {
    const [first, last] = sectionsInView(sections)
    for (let index = first; index <= last; index++) {
      const section = sections[index]
      if (section) apply(section)
    }
    return [first, last] as const
  }

  const [first, last] = applyInView()
  const rest = outward(sections, first, last).filter((section) => section.dataset[attribute] !== value)
  // A short article takes the change whole, in the frame it is made.
  let restPassages = 0
  for (const section of rest) {
    restPassages += passageCount(section)
    if (restPassages > PASSAGES_PER_FRAME) break
  }
  if (restPassages <= PASSAGES_PER_FRAME) {
    for (const section of rest) apply(section)
    return
  }

  let next = 0
  let frame = 0
  // Scroll events run in a frame before its styles: a section scrolled (or jumped) into view takes
  // the change in the frame that first shows it.
  const onScroll = () => applyInView()
  const stop = () => {
    cancelAnimationFrame(frame)
    window.removeEventListener('scroll', onScroll)
    if (jobs.get(attribute) === job) jobs.delete(attribute)
  }
  const job: Job = { stop }
  const step = () => {
    let budget = PASSAGES_PER_FRAME
    while (next < rest.length && budget > 0) {
      const section = rest[next++]
      if (section) budget -= apply(section)
    }
    if (next < rest.length) frame = requestAnimationFrame(step)
    else stop()
  }
  window.addEventListener('scroll', onScroll, { passive: true })
  // The first callback runs in the frame of the change, which already has its share: start after.
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(step)
  })
  jobs.set(attribute, job)
}
