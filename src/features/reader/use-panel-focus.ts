import { useEffect } from 'react'
import { closePanel, PANEL_IDS, useReaderUi } from './reader-store'

/**
 * Focus for the drawers of narrow screens: an opened drawer takes focus (the contents on the
 * section being read, the themes on their first control), and tabbing out of it closes it, so
 * focus never hides behind it.
 */
export function usePanelFocus() {
  const open = useReaderUi((ui) => ui.panel)
  useEffect(() => {
    if (!open) return
    const panel = document.getElementById(PANEL_IDS[open].panel)
    if (!panel) return
    const target =
      open === 'contents'
        ? (panel.querySelector<HTMLElement>('a[aria-current="true"]') ?? panel.querySelector('a'))
        : panel.querySelector<HTMLElement>('button')
    target?.focus()
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget
      if (next instanceof Node && !panel.contains(next)) closePanel({ returnFocus: false })
    }
    panel.addEventListener('focusout', onFocusOut)
    return () => panel.removeEventListener('focusout', onFocusOut)
  }, [open])
}
