import type { RefObject } from 'react'
import { useHydrated } from '../../components/use-hydrated'

/** The panels a phone opens from the reader bar, one at a time. */
export type ReaderPanel = 'contents' | 'themes'

type ReaderBarProps = {
  /** The title of the section being read, shown beside "Contents". */
  currentTitle: string | undefined
  open: ReaderPanel | undefined
  onToggle: (panel: ReaderPanel) => void
  /** Active theme's label, said to screen readers on the Themes button. */
  themeLabel: string | undefined
  contentsButton: RefObject<HTMLButtonElement | null>
  themesButton: RefObject<HTMLButtonElement | null>
}

/**
 * The sticky bar of narrow screens: "Contents" (the section being read, and the list of sections
 * behind it) beside "Themes". Without JavaScript "Contents" is a link to the list, which CSS then
 * shows in place (`:target`); with it, both buttons open drawers.
 */
export function ReaderBar({ currentTitle, open, onToggle, themeLabel, contentsButton, themesButton }: ReaderBarProps) {
  const hydrated = useHydrated()
  const contentsLabel = (
    <>
      <span className="font-semibold">Contents</span>
      {currentTitle ? (
        <span className="reader-bar-current">
          <span className="sr-only">, reading: </span>
          {currentTitle}
        </span>
      ) : null}
    </>
  )
  return (
    <div className="reader-bar lg:hidden print:hidden">
      {hydrated ? (
        <button
          ref={contentsButton}
          type="button"
          className="reader-bar-contents"
          aria-expanded={open === 'contents'}
          aria-controls="contents"
          onClick={() => onToggle('contents')}
        >
          {contentsLabel}
        </button>
      ) : (
        <a href="#contents" className="reader-bar-contents">
          {contentsLabel}
        </a>
      )}
      <button
        ref={themesButton}
        type="button"
        className="button shrink-0"
        aria-expanded={open === 'themes'}
        aria-controls="themes-drawer"
        onClick={() => onToggle('themes')}
      >
        Themes
        {themeLabel ? <span className="sr-only">: {themeLabel}</span> : null}
      </button>
    </div>
  )
}
