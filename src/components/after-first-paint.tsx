import type { ReactNode } from 'react'

/**
 * Prerendered markup that a browser with JavaScript builds after the first paint: the server
 * renders it inside a `<noscript>`, which a browser without JavaScript shows as it is and a
 * browser with JavaScript reads as text, costing no elements, style or layout before the first
 * paint. The page's script then puts the markup in its place (`insertAfterFirstPaint`, main.tsx),
 * before any island hydrates. Under `npm run dev` and in tests, where the page is rendered in the
 * browser, the children are rendered as they are.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  if (!import.meta.env.SSR) return children
  return <noscript data-after-first-paint="">{children}</noscript>
}

/**
 * Builds each `AfterFirstPaint` part of a prerendered page in its place. A deep link into one (a
 * note, the timeline) lands once it exists: the browser's own jump to the fragment found nothing.
 */
export function insertAfterFirstPaint() {
  const holders = document.querySelectorAll<HTMLElement>('noscript[data-after-first-paint]')
  if (holders.length === 0) return
  for (const holder of holders) {
    const template = document.createElement('template')
    template.innerHTML = holder.textContent ?? ''
    holder.replaceWith(template.content)
  }
  const target = fragmentTarget()
  if (target && !target.closest('[data-island]')) target.scrollIntoView()
}

function fragmentTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1))
    return id ? document.getElementById(id) : null
  } catch {
    return null
  }
}
