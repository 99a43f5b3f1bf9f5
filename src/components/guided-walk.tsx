import { type ReactNode, useState } from 'react'
import { fill, t } from '../lib/i18n'
import { announce } from './announcer'
import { scrollBehavior } from './use-media-query'

export interface WalkStop {
  /** The id of the element in the page this stop brings to the top and focuses. */
  targetId: string
  title: ReactNode
  detail?: ReactNode
}

type GuidedWalkProps = {
  heading: string
  /** What one stop is, for the buttons and the announcement. */
  noun: WalkNoun
  stops: readonly WalkStop[]
}

type WalkNoun = 'passage' | 'claim' | 'mention'

/** The buttons' names and the announcement, per kind of stop (each language words them whole). */
const WORDS: Record<WalkNoun, { previous: string; next: string; announce: string }> = {
  passage: {
    previous: t('walk.previousLabel.passage'),
    next: t('walk.nextLabel.passage'),
    announce: t('walk.announce.passage'),
  },
  claim: {
    previous: t('walk.previousLabel.claim'),
    next: t('walk.nextLabel.claim'),
    announce: t('walk.announce.claim'),
  },
  mention: {
    previous: t('walk.previousLabel.mention'),
    next: t('walk.nextLabel.mention'),
    announce: t('walk.announce.mention'),
  },
}

/** Brings an element to the top of the view and moves focus to it. */
function goTo(targetId: string) {
  const element = document.getElementById(targetId)
  if (!element) return
  element.scrollIntoView({ block: 'start', behavior: scrollBehavior() })
  element.focus({ preventScroll: true })
}

/**
 * A guided walk through places in the page: Previous and Next move focus from one to the next and
 * say where the reader is; the list links to each. The host keys it by what it walks, so a new
 * set of stops starts a new walk.
 */
export function GuidedWalk({ heading, noun, stops }: GuidedWalkProps) {
  const [step, setStep] = useState(-1)
  const words = WORDS[noun]
  const walkTo = (index: number) => {
    const stop = stops[index]
    if (!stop) return
    setStep(index)
    goTo(stop.targetId)
    announce(fill(words.announce, { step: index + 1, total: stops.length }))
  }
  return (
    <>
      <h3 className="mt-5 text-sm font-semibold">{heading}</h3>
      <div className="mt-2 flex items-center gap-2">
        <button
          type="button"
          className="button"
          disabled={step <= 0}
          onClick={() => walkTo(step - 1)}
          aria-label={words.previous}
        >
          {t('walk.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={step >= stops.length - 1}
          onClick={() => walkTo(step + 1)}
          aria-label={words.next}
        >
          {t('walk.next')}
        </button>
        <span className="text-sm text-muted" data-walk-position="">
          {step >= 0
            ? t('walk.position', { step: step + 1, total: stops.length })
            : t('walk.toWalk', { total: stops.length })}
        </span>
      </div>
      <ol className="mt-3 space-y-2 text-sm">
        {stops.map((stop, index) => (
          <li key={stop.targetId}>
            <a
              href={`#${stop.targetId}`}
              className="theme-passage-link"
              aria-current={index === step ? 'step' : undefined}
              onClick={(event) => {
                event.preventDefault()
                walkTo(index)
              }}
            >
              <span className="block">{stop.title}</span>
              {stop.detail ? <span className="mt-0.5 block text-xs text-muted">{stop.detail}</span> : null}
            </a>
          </li>
        ))}
      </ol>
    </>
  )
}
