import type { ReactNode } from 'react'

const HOLDER = 'noscript[data-after-first-paint]'
/** Dispatched on the document after parts are built, for code that enhances what they hold. */
export const PARTS_BUILT = 'after-first-paint-built'

/**
 * Prerendered markup that a browser with JavaScript builds after the first paint: the server
 * renders it inside a `<noscript>`, which a browser without JavaScript shows as it is and a
 * browser with JavaScript reads as text, costing no elements, style or layout before the first
 * paint. The page's script builds each part in its place (`buildPartsAfterFirstPaint`, main.tsx).
 * Under `npm run dev` and in tests, where the page is rendered in the browser, the children are
 * rendered as they are. Keep each part's parent element (a section with its id and heading)
 * outside: the contents track it, and a link to it lands, before its part is built.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  if (!import.meta.env.SSR) return children
  return <noscript data-after-first-paint="">{children}</noscript>
}

function build(holders: HTMLElement[]) {
  if (holders.length === 0) return
  for (const holder of holders) {
    const template = document.createElement('template')
    template.innerHTML = holder.textContent ?? ''
    holder.replaceWith(template.content)
  }
  document.dispatchEvent(new Event(PARTS_BUILT))
}

const unbuilt = () => [...document.querySelectorAll<HTMLElement>(HOLDER)]

/** The element a fragment names, if it is in the page or in a part not built yet. */
function fragmentIn(holders: HTMLElement[], hash: string): { id: string; holder?: HTMLElement } | undefined {
  let id: string
  try {
    id = decodeURIComponent(hash.slice(1))
  } catch {
    return undefined
  }
  if (!id) return undefined
  if (document.getElementById(id)) return { id }
  const holder = holders.find((candidate) => candidate.textContent?.includes(`id="${id}"`))
  return holder ? { id, holder } : undefined
}

/**
 * Builds every part left when a fragment names an element in one or after one: built only up to
 * it, the page would end too soon for the target to reach the top. Returns the target's id if it
 * built any.
 */
function buildFor(hash: string): string | undefined {
  const holders = unbuilt()
  const target = fragmentIn(holders, hash)
  const first = holders[0]
  if (!target || !first) return undefined
  const element = document.getElementById(target.id)
  if (!target.holder && !(element && first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) {
    return undefined
  }
  build(holders)
  return target.id
}

/** Builds what a deep link into a part needs, and brings its target into view. */
function revealFragment() {
  const id = buildFor(window.location.hash)
  if (id) document.getElementById(id)?.scrollIntoView()
}

/**
 * Builds the page's parts after the first paint, in three steps:
 * - at once, before any island hydrates, for a deep link into them: all of them, and its target
 *   is brought into view (the browser's own jump found nothing, or a page that ended too soon);
 * - whenever the reader follows a link into them, or prints: all that are left;
 * - after the islands: the rest, one part per task, so a long page never holds the main thread.
 */
export function buildPartsAfterFirstPaint(nextTask: () => Promise<void>): { rest: () => Promise<void> } {
  if (unbuilt().length === 0) return { rest: async () => {} }
  revealFragment()
  const buildAll = () => build(unbuilt())
  // A link into a part not built yet: build before the browser follows it.
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null
    if (link && link.pathname === window.location.pathname && link.hash) buildFor(link.hash)
  }
  const print = window.matchMedia?.('print')
  document.addEventListener('click', onClick, { capture: true })
  window.addEventListener('hashchange', revealFragment)
  window.addEventListener('beforeprint', buildAll)
  print?.addEventListener?.('change', buildAll)
  const done = () => {
    document.removeEventListener('click', onClick, { capture: true })
    window.removeEventListener('hashchange', revealFragment)
    window.removeEventListener('beforeprint', buildAll)
    print?.removeEventListener?.('change', buildAll)
  }
  return {
    rest: async () => {
      while (unbuilt().length > 0) {
        await nextTask()
        // Read again after the wait: a link or printing may have built them all meanwhile.
        build(unbuilt().slice(0, 1))
      }
      done()
    },
  }
}
