import { useEffect } from 'react'
import type { ThemeId } from '../../content/types'
import { useShortcutKeys } from '../shortcuts/shortcut-keys'
import { actionsChunk } from './reader-chunks'
import { closePanel, readerUi, setReaderUi, useReaderUi } from './reader-store'

type ReaderKeys = {
  sectionIds: readonly string[]
  claimIds: readonly string[]
  themeIds: readonly ThemeId[]
  theme: ThemeId | undefined
  claimId: string | undefined
  jumpToSection: (id: string) => void
  openClaim: (id: string) => void
  closeClaim: () => void
  setTheme: (theme: ThemeId | undefined) => void
}

/**
 * The reader's keyboard: Escape closes the innermost open thing (a drawer, then the claim's
 * context; the help overlay handles its own), and the single-key shortcuts, whose actions load on
 * first use.
 */
export function useReaderKeys(keys: ReaderKeys) {
  const { claimId, closeClaim } = keys
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const { panel, helpOpen } = readerUi()
      if (helpOpen) return
      if (panel) closePanel({ returnFocus: true })
      else if (claimId) closeClaim()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [claimId, closeClaim])

  const helpOpen = useReaderUi((ui) => ui.helpOpen)
  useShortcutKeys(helpOpen, (key) => {
    const context = {
      sectionIds: keys.sectionIds,
      currentSection: readerUi().current,
      claimIds: keys.claimIds,
      openClaimId: keys.claimId,
      themeIds: keys.themeIds,
      theme: keys.theme,
      jumpToSection: keys.jumpToSection,
      openClaim: keys.openClaim,
      setTheme: keys.setTheme,
      openHelp: () => setReaderUi({ helpOpen: true }),
    }
    actionsChunk
      .load()
      .then((actions) => actions.runShortcut(key, context))
      .catch(() => {})
  })
}
