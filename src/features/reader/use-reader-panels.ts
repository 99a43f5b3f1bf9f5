import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReaderPanel } from './reader-bar'

/**
 * The drawers of narrow screens (contents, themes), one open at a time: opening one moves focus
 * into it (the contents onto the section being read), closing it returns focus to its button, and
 * tabbing out of it closes it so focus never hides behind it.
 */
export function useReaderPanels() {
  const [open, setOpen] = useState<ReaderPanel | undefined>(undefined)
  const buttons = { contents: useRef<HTMLButtonElement>(null), themes: useRef<HTMLButtonElement>(null) }
  const panels = { contents: useRef<HTMLDivElement>(null), themes: useRef<HTMLElement>(null) }
  const { contents: contentsButton, themes: themesButton } = buttons
  const { contents: contentsPanel, themes: themesPanel } = panels

  const close = useCallback(() => {
    setOpen((current) => {
      if (current) (current === 'contents' ? contentsButton : themesButton).current?.focus()
      return undefined
    })
  }, [contentsButton, themesButton])

  const toggle = useCallback((panel: ReaderPanel) => setOpen((current) => (current === panel ? undefined : panel)), [])

  useEffect(() => {
    if (open === 'contents') {
      const list = contentsPanel.current
      const target = list?.querySelector<HTMLElement>('a[aria-current="true"]') ?? list?.querySelector('a')
      target?.focus()
    } else if (open === 'themes') {
      themesPanel.current?.querySelector<HTMLElement>('button')?.focus()
    }
  }, [open, contentsPanel, themesPanel])

  useEffect(() => {
    if (!open) return
    const panel = (open === 'contents' ? contentsPanel : themesPanel).current
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget
      if (next instanceof Node && !panel?.contains(next)) setOpen(undefined)
    }
    panel?.addEventListener('focusout', onFocusOut)
    return () => panel?.removeEventListener('focusout', onFocusOut)
  }, [open, contentsPanel, themesPanel])

  const dismiss = useCallback(() => setOpen(undefined), [])
  return { open, toggle, close, dismiss, buttons, panels }
}
