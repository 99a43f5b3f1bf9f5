import { type ReactNode, useState } from 'react'
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
  /** What one stop is, for the buttons and the announcement: "passage", "claim". */
  noun: string
  stops: readonly WalkStop[]
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
  const walkTo = (index: number) => {
    const stop = stops[index]
    if (!stop) return
    setStep(index)
    goTo(stop.targetId)
    announce(`${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1} of ${stops.length}`)
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
          aria-label={`Previous ${noun}`}
        >
          Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={step >= stops.length - 1}
          onClick={() => walkTo(step + 1)}
          aria-label={`Next ${noun}`}
        >
          Next
        </button>
        <span className="text-sm text-muted" data-walk-position="">
          {step >= 0 ? `${step + 1} of ${stops.length}` : `${stops.length} to walk`}
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
