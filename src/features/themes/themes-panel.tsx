import { Suspense, useEffect, useId, useState } from 'react'
import { useAnnounce } from '../../components/announcer'
import { chunkResource } from '../../components/chunk-resource'
import { ErrorBoundary } from '../../components/error-boundary'
import { scrollBehavior } from '../../components/use-media-query'
import { content } from '../../content'
import type { Passage, Theme, ThemeId } from '../../content/types'
import { claimsOfTheme, passagesOfTheme } from '../../lib/themes'
import { ThemeSwatch } from './theme-swatch'

const EXCERPT_WORDS = 9

// Sharing shows only once a theme is on, so its code loads then (it shares a chunk with the
// Context dialog): the page's initial JavaScript does not carry it.
const shareChunk = chunkResource(() => import('../share/share-actions'))
function ThemeShare({ theme }: { theme: Theme }) {
  const { ThemeShareActions } = shareChunk.read()
  return <ThemeShareActions theme={theme} />
}

function excerpt(passage: Passage): string {
  const words = passage.text.split(/\s+/)
  return words.length <= EXCERPT_WORDS ? passage.text : `${words.slice(0, EXCERPT_WORDS).join(' ')}…`
}

/** Brings a passage to the top of the view and moves focus to it. */
function goToPassage(passageId: string) {
  const element = document.getElementById(passageId)
  if (!element) return
  element.scrollIntoView({ block: 'start', behavior: scrollBehavior() })
  element.focus({ preventScroll: true })
}

type ThemesPanelProps = {
  activeTheme: ThemeId | undefined
  onSelect: (themeId: ThemeId | undefined) => void
}

/** Theme toggles, the passages of the active theme as jump links, and a guided walk through them. */
export function ThemesPanel({ activeTheme, onSelect }: ThemesPanelProps) {
  const headingId = useId()
  const announce = useAnnounce()
  const [step, setStep] = useState(-1)
  const passages = activeTheme ? passagesOfTheme(content.article, activeTheme) : []
  const active = content.themes.find((theme) => theme.id === activeTheme)

  // A new lens starts a new walk.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the walk resets when the theme changes
  useEffect(() => setStep(-1), [activeTheme])

  const walkTo = (index: number) => {
    const passage = passages[index]
    if (!passage) return
    setStep(index)
    goToPassage(passage.id)
    announce(`Passage ${index + 1} of ${passages.length}`)
  }

  return (
    <section aria-labelledby={headingId} className="themes-panel">
      <h2 id={headingId} className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">
        Themes
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
                onClick={() => onSelect(pressed ? undefined : theme.id)}
              >
                <span className="flex items-center gap-2 font-semibold">
                  <ThemeSwatch themeId={theme.id} />
                  {theme.label}
                </span>
                <span className="mt-1 block text-sm text-muted">{theme.description}</span>
                <span className="mt-1 block text-xs text-muted">
                  {passageCount} passages · {claimCount} claims
                </span>
              </button>
            </li>
          )
        })}
      </ul>
      {active ? (
        <div className="mt-4">
          <button type="button" className="button w-full justify-center" onClick={() => onSelect(undefined)}>
            Show all
          </button>
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <ThemeShare theme={active} />
            </Suspense>
          </ErrorBoundary>
          <h3 className="mt-5 text-sm font-semibold">
            {active.label}: {passages.length} passages
          </h3>
          <div className="mt-2 flex items-center gap-2">
            <button
              type="button"
              className="button"
              disabled={step <= 0}
              onClick={() => walkTo(step - 1)}
              aria-label="Previous passage"
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={step >= passages.length - 1}
              onClick={() => walkTo(step + 1)}
              aria-label="Next passage"
            >
              Next
            </button>
            <span className="text-sm text-muted" data-walk-position="">
              {step >= 0 ? `${step + 1} of ${passages.length}` : `${passages.length} to walk`}
            </span>
          </div>
          <ol className="mt-3 space-y-2 text-sm">
            {passages.map((passage, index) => (
              <li key={passage.id}>
                <a
                  href={`#${passage.id}`}
                  className="theme-passage-link"
                  aria-current={index === step ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault()
                    walkTo(index)
                  }}
                >
                  <span className="block">{excerpt(passage)}</span>
                  <span className="mt-0.5 block text-xs text-muted">{passage.themeReason}</span>
                </a>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  )
}
