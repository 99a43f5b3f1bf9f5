// Loaded on the first shortcut key (or on idle): what each key does, and the on/off setting.
import { safeStorage } from '../../components/safe-storage'
import type { ThemeId } from '../../content/types'
import { t } from '../../lib/i18n'
import { nextTheme } from '../../lib/themes'
import type { ShortcutKey } from './shortcut-keys'

const STORAGE_KEY = 'shortcuts'

/** The shortcuts as the help lists them. */
export const SHORTCUTS: { key: ShortcutKey; description: string }[] = [
  { key: 'j', description: t('shortcuts.j') },
  { key: 'k', description: t('shortcuts.k') },
  { key: 'n', description: t('shortcuts.n') },
  { key: 'p', description: t('shortcuts.p') },
  { key: 't', description: t('shortcuts.t') },
  { key: '?', description: t('shortcuts.help') },
]

// Kept in memory too, so switching shortcuts off works for the visit when storage is blocked.
let enabled: boolean | undefined

/** Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off). */
export function shortcutsEnabled(): boolean {
  enabled ??= safeStorage.get(STORAGE_KEY) !== 'off'
  return enabled
}

/** Turns single-key shortcuts on or off, remembered where storage allows. */
export function setShortcutsEnabled(on: boolean) {
  enabled = on
  safeStorage.set(STORAGE_KEY, on ? 'on' : 'off')
}

export interface ShortcutContext {
  sectionIds: readonly string[]
  currentSection: string | undefined
  claimIds: readonly string[]
  openClaimId: string | undefined
  themeIds: readonly ThemeId[]
  theme: ThemeId | undefined
  jumpToSection: (id: string) => void
  openClaim: (id: string) => void
  setTheme: (id: ThemeId | undefined) => void
  openHelp: () => void
}

/** Runs the action of a shortcut key, unless shortcuts are off (the help's button still works then). */
export function runShortcut(key: ShortcutKey, context: ShortcutContext): boolean {
  if (!shortcutsEnabled()) return false
  if (key === '?') {
    context.openHelp()
    return true
  }
  const { sectionIds, claimIds } = context
  const section = sectionIds.indexOf(context.currentSection ?? sectionIds[0] ?? '')
  const claim = context.openClaimId === undefined ? -1 : claimIds.indexOf(context.openClaimId)
  let target: string | undefined
  switch (key) {
    case 'j':
    case 'k':
      target = sectionIds[section + (key === 'j' ? 1 : -1)]
      if (target) context.jumpToSection(target)
      break
    case 'n':
    case 'p':
      target = key === 'n' ? claimIds[claim + 1] : claimIds[claim === -1 ? claimIds.length - 1 : claim - 1]
      if (target) context.openClaim(target)
      break
    case 't':
      context.setTheme(nextTheme(context.theme, context.themeIds))
      break
  }
  return target !== undefined || key === 't'
}
