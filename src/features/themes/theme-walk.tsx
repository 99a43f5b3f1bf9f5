import { useState } from 'react'
import { useAnnounce } from '../../components/announcer'
import { beforeJump } from '../../components/below-fold'
import { scrollBehavior } from '../../components/use-media-query'
import { content } from '../../content'
import type { Passage, Theme, ThemeId } from '../../content/types'
import { passagesOfTheme } from '../../lib/themes'
import { ThemeShareActions } from '../share/share-actions'

const EXCERPT_WORDS = 9

function excerpt(passage: Passage): string {
  const words = passage.text.split(/\s+/)
  return words.length <= EXCERPT_WORDS ? passage.text : `${words.slice(0, EXCERPT_WORDS).join(' ')}…`
}

/** Brings a passage to the top of the view and moves focus to it. */
function goToPassage(passageId: string) {
  const element = document.getElementById(passageId)
  if (!element) return
  beforeJump()
  element.scrollIntoView({ block: 'start', behavior: scrollBehavior() })
  element.focus({ preventScroll: true })
}

type ThemeWalkProps = {
  theme: Theme
  onSelect: (themeId: ThemeId | undefined) => void
}

/**
 * What the Themes panel shows once a theme is on: "Show all", sharing, and a guided walk through
 * the theme's passages. Loaded with the first theme turned on, so the page's initial JavaScript
 * does not carry it. The host keys it by theme, so a new lens starts a new walk.
 */
export function ThemeWalk({ theme, onSelect }: ThemeWalkProps) {
  const announce = useAnnounce()
  const [step, setStep] = useState(-1)
  const passages = passagesOfTheme(content.article, theme.id)

  const walkTo = (index: number) => {
    const passage = passages[index]
    if (!passage) return
    setStep(index)
    goToPassage(passage.id)
    announce(`Passage ${index + 1} of ${passages.length}`)
  }

  return (
    <div className="mt-4">
      <button type="button" className="button w-full justify-center" onClick={() => onSelect(undefined)}>
        Show all
      </button>
      <ThemeShareActions theme={theme} />
      <h3 className="mt-5 text-sm font-semibold">
        {theme.label}: {passages.length} passages
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
  )
}
