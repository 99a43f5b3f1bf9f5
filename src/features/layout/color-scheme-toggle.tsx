import { useEffect, useState } from 'react'
import { safeStorage } from '../../components/safe-storage'
import { useHydrated } from '../../components/use-hydrated'
import { useMediaQuery } from '../../components/use-media-query'
import { t } from '../../lib/i18n'

type Scheme = 'light' | 'dark'
const STORAGE_KEY = 'color-scheme'

function savedScheme(): Scheme | undefined {
  const saved = safeStorage.get(STORAGE_KEY)
  return saved === 'light' || saved === 'dark' ? saved : undefined
}

/**
 * Dark mode follows the system until the reader chooses; the choice is remembered where storage
 * allows (index.html applies it before first paint) and lasts the visit where it does not.
 */
export function ColorSchemeToggle() {
  const hydrated = useHydrated()
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)')
  const [chosen, setChosen] = useState<Scheme | undefined>(undefined)

  useEffect(() => setChosen(savedScheme()), [])
  useEffect(() => {
    if (chosen) document.documentElement.dataset.colorScheme = chosen
  }, [chosen])

  const dark = (chosen ?? (systemDark ? 'dark' : 'light')) === 'dark'
  return (
    <button
      type="button"
      className="button text-sm"
      aria-pressed={hydrated ? dark : false}
      onClick={() => {
        const next: Scheme = dark ? 'light' : 'dark'
        setChosen(next)
        safeStorage.set(STORAGE_KEY, next)
      }}
    >
      <span aria-hidden="true">{hydrated && dark ? '☾' : '☀'}</span>
      {` ${t('layout.colorScheme.dark')}`}
    </button>
  )
}
