import { useEffect } from 'react'
import { closePanel, PANEL_IDS, type ReaderPanel, useReaderUi } from './reader-store'

/**
 * Focus for a drawer of narrow screens, called by the island that renders it: opened, the drawer
 * takes focus (the contents on the section being read, the themes on their first control), and
 * tabbing out of it closes it, so focus never hides behind it. Each island is a React root of its
 * own, committed in no fixed order, so only the drawer's own island knows it is already shown.
 */
export function usePanelFocus(drawer: ReaderPanel) {
  const open = useReaderUi((ui) => ui.panel === drawer)
  useEffect(() => {
    if (!open) return
    const panel = document.getElementById(PANEL_IDS[drawer].panel)
    if (!panel) return
    const target =
      drawer === 'contents'
        ? (panel.querySelector<HTMLElement>('a[aria-current="true"]') ?? panel.querySelector('a'))
        : panel.querySelector<HTMLElement>('button')
    target?.focus()
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget
      if (next instanceof Node && !panel.contains(next)) closePanel({ returnFocus: false })
    }
    panel.addEventListener('focusout', onFocusOut)
    return () => panel.removeEventListener('focusout', onFocusOut)
  }, [open, drawer])
}
