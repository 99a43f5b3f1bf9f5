import type { ReactNode } from 'react'

/**
 * A part of a prerendered page that the browser hydrates on its own, as a separate React root
 * (main.tsx lists each name with its component); everything outside islands stays static HTML.
 * The wrapper takes no box of its own (`display: contents`), so layout sees its children. Its
 * child must be the island's component with no props, so the browser can render it alike.
 */
export function Island({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div data-island={name} className="contents">
      {children}
    </div>
  )
}

let hydratingIslands = false

/** Called once by the client entry when it hydrates islands rather than the whole page. */
export function startIslands() {
  hydratingIslands = true
}

/**
 * Whether this page runs as islands over static HTML. The router's own root then renders nothing
 * (the page is already there): it only keeps the URL state for the islands.
 */
export const runsAsIslands = () => hydratingIslands
