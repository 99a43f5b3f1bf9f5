import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../../lib/i18n'
import { SHORTCUTS, setShortcutsEnabled, shortcutsEnabled } from './shortcut-actions'

type ShortcutsHelpProps = {
  onClose: () => void
}

/** The shortcuts overlay: modal, keeps focus inside, Escape or Close returns focus to where it was. */
export function ShortcutsHelp({ onClose }: ShortcutsHelpProps) {
  const headingId = useId()
  const [enabled, setEnabled] = useState(shortcutsEnabled)
  const onToggle = (on: boolean) => {
    setShortcutsEnabled(on)
    setEnabled(on)
  }
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    panel.current?.querySelector<HTMLElement>('input, button')?.focus()
    return () => opener?.focus()
  }, [])

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const focusable = [...panel.current.querySelectorAll<HTMLElement>('input, button')]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  return (
    <div className="overlay-backdrop">
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="shortcuts-panel"
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId} className="text-lg font-bold">
          {t('shortcuts.heading')}
        </h2>
        <label className="mt-3 flex items-center gap-2">
          <input type="checkbox" checked={enabled} onChange={(event) => onToggle(event.target.checked)} />
          {t('shortcuts.toggle')}
        </label>
        <table className="mt-3 w-full text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 text-left">
                {t('shortcuts.key')}
              </th>
              <th scope="col" className="py-1 text-left">
                {t('shortcuts.action')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.key} className="border-t border-rule">
                <td className="py-1">
                  <kbd className="kbd">{shortcut.key}</kbd>
                </td>
                <td className="py-1">{shortcut.description}</td>
              </tr>
            ))}
            <tr className="border-t border-rule">
              <td className="py-1">
                <kbd className="kbd">Esc</kbd>
              </td>
              <td className="py-1">{t('shortcuts.escape')}</td>
            </tr>
          </tbody>
        </table>
        <p className="mt-3 text-sm text-muted">{t('shortcuts.note')}</p>
        <button type="button" className="button mt-4" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </div>
  )
}
