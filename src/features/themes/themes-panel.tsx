import { Suspense } from 'react'
import { chunkResource } from '../../components/chunk-resource'
import { ErrorBoundary } from '../../components/error-boundary'
import { textParts } from '../../components/text-parts'
import { content } from '../../content'
import type { Theme, ThemeId } from '../../content/types'
import { t } from '../../lib/i18n'
import { claimsOfTheme, passagesOfTheme } from '../../lib/themes'
import { ThemeSwatch } from './theme-swatch'

// The walk through a theme's passages shows only once a theme is on, so its code (with sharing)
// loads on idle or then (reader-chunks.tsx): the page's initial JavaScript does not carry it.
export const themeWalkChunk = chunkResource(() => import('./theme-walk'))
function LazyThemeWalk(props: { theme: Theme; onSelect: (themeId: ThemeId | undefined) => void }) {
  const { ThemeWalk } = themeWalkChunk.read()
  return <ThemeWalk {...props} />
}

type ThemesPanelProps = {
  activeTheme: ThemeId | undefined
  onSelect: (themeId: ThemeId | undefined) => void
}

/** Theme toggles, and for the active theme its passages as jump links and a guided walk through them. */
export function ThemesPanel({ activeTheme, onSelect }: ThemesPanelProps) {
  const active = content.themes.find((theme) => theme.id === activeTheme)

  return (
    <section aria-labelledby="themes-heading" className="themes-panel">
      <h2 id="themes-heading" className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">
        {t('reader.themes.heading')}
      </h2>
      <ul className="space-y-2">
        {content.themes.map((theme) => {
          const pressed = theme.id === activeTheme
          const passageCount = passagesOfTheme(content.article, theme.id).length
          const claimCount = claimsOfTheme(content.claims, theme.id).length
          return (
            <li key={theme.id}>
              <button
                type="button"
                aria-pressed={pressed}
                className="theme-toggle"
                data-theme-toggle={theme.id}
                // Pressed as the page shows it: the lens may be on a frame before the URL says so.
                onClick={(event) =>
                  onSelect(event.currentTarget.getAttribute('aria-pressed') === 'true' ? undefined : theme.id)
                }
              >
                <span className="flex items-center gap-2 font-semibold">
                  <ThemeSwatch themeId={theme.id} />
                  {theme.label}
                </span>
                <span className="mt-1 block text-sm text-muted">{theme.description}</span>
                <span className="mt-1 block text-xs text-muted">
                  {textParts(t('reader.themes.counts'), { passages: passageCount, claims: claimCount })}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {active ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <LazyThemeWalk key={active.id} theme={active} onSelect={onSelect} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </section>
  )
}
