import { useEffect, useState } from 'react'
import { safeStorage } from '../../components/safe-storage'

const STORAGE_KEY = 'shortcuts'

export type ShortcutAction =
  | 'next-section'
  | 'previous-section'
  | 'next-claim'
  | 'previous-claim'
  | 'cycle-theme'
  | 'help'

/** The single-key shortcuts, in the order the help lists them. */
export const SHORTCUTS: { key: string; action: ShortcutAction; description: string }[] = [
  { key: 'j', action: 'next-section', description: 'Next section' },
  { key: 'k', action: 'previous-section', description: 'Previous section' },
  { key: 'n', action: 'next-claim', description: 'Open the next key claim' },
  { key: 'p', action: 'previous-claim', description: 'Open the previous key claim' },
  { key: 't', action: 'cycle-theme', description: 'Cycle through the themes, then all' },
  { key: '?', action: 'help', description: 'Show this help' },
]

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
}

/** Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off), remembered when storage allows. */
export function useShortcutsSetting(): [boolean, (on: boolean) => void] {
  const [enabled, setEnabled] = useState(true)
  useEffect(() => {
    if (safeStorage.get(STORAGE_KEY) === 'off') setEnabled(false)
  }, [])
  const update = (on: boolean) => {
    setEnabled(on)
    safeStorage.set(STORAGE_KEY, on ? 'on' : 'off')
  }
  return [enabled, update]
}

/** Calls `run` for a shortcut key, never while the reader types in a field or holds a modifier. */
export function useShortcuts(enabled: boolean, run: (action: ShortcutAction) => void) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target)) return
      const shortcut = SHORTCUTS.find((s) => s.key === event.key)
      if (!shortcut) return
      event.preventDefault()
      run(shortcut.action)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled, run])
}
