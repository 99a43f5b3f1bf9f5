import { useEffect, useRef } from 'react'

/** The keys the reader's single-key shortcuts use (their actions load on first use). */
export const SHORTCUT_KEYS = ['j', 'k', 'n', 'p', 't', '?'] as const
export type ShortcutKey = (typeof SHORTCUT_KEYS)[number]

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null
}

const isShortcutKey = (key: string): key is ShortcutKey => (SHORTCUT_KEYS as readonly string[]).includes(key)

/**
 * Calls `onKey` for a shortcut key, never while the reader types in a field or holds a modifier,
 * and never while `paused` (an overlay has the keyboard).
 */
export function useShortcutKeys(paused: boolean, onKey: (key: ShortcutKey) => void) {
  const handler = useRef(onKey)
  handler.current = onKey
  useEffect(() => {
    if (paused) return
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (!isShortcutKey(event.key) || isTyping(event.target)) return
      handler.current(event.key)
    }
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [paused])
}
