import { useCallback, useSyncExternalStore } from 'react'

/** Whether a media query matches; false on the server, during hydration, and where matchMedia is missing. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener?.('change', notify)
      return () => list.removeEventListener?.('change', notify)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => mediaMatches(query),
    () => false,
  )
}

/** Whether a media query matches now, outside React; false where matchMedia is missing. */
export function mediaMatches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches
}

/** The scroll behavior to use: instant when the reader asks for reduced motion. */
export function scrollBehavior(): ScrollBehavior {
  return mediaMatches('(prefers-reduced-motion: reduce)') ? 'auto' : 'smooth'
}
