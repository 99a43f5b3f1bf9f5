import { useSyncExternalStore } from 'react'

/** The panels a narrow screen opens from the reader bar, one at a time. */
export type ReaderPanel = 'contents' | 'themes'

/**
 * The reader's page state that is not in the URL, shared by its islands (contents, bar, side),
 * which the browser hydrates as separate React roots: the drawer that is open, the help overlay
 * and the section being read.
 */
export interface ReaderUi {
  panel: ReaderPanel | undefined
  helpOpen: boolean
  /** The section (or explainer part) being read; undefined until the page runs. */
  current: string | undefined
  /**
   * A claim the reader has just opened, shown before the URL names it: the context answers the
   * click in its own frame, and the history entry follows after that frame is painted.
   */
  openingClaim: string | undefined
}

const INITIAL: ReaderUi = { panel: undefined, helpOpen: false, current: undefined, openingClaim: undefined }
let state = INITIAL
const listeners = new Set<() => void>()

/** Calls `listener` after every change of the state; returns the unsubscribe. */
export function subscribeReaderUi(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Changes the reader's page state and re-renders what reads it. */
export function setReaderUi(patch: Partial<ReaderUi> | ((current: ReaderUi) => Partial<ReaderUi>)) {
  const next = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) }
  if (Object.keys(next).every((key) => next[key as keyof ReaderUi] === state[key as keyof ReaderUi])) return
  state = next
  for (const listener of listeners) listener()
}

/** The state as it is now, for event handlers. */
export const readerUi = (): ReaderUi => state

/** Back to the state a fresh page starts with (when the reader leaves the article). */
export function resetReaderUi() {
  state = INITIAL
  for (const listener of listeners) listener()
}

/**
 * One value of the reader's page state. The server and hydration see the initial state, so the
 * islands' first render matches the prerendered HTML.
 */
export function useReaderUi<T>(select: (ui: ReaderUi) => T): T {
  return useSyncExternalStore(
    subscribeReaderUi,
    () => select(state),
    () => select(INITIAL),
  )
}

/** The id of each drawer and of the bar button that opens it (focus returns there). */
export const PANEL_IDS: Record<ReaderPanel, { panel: string; button: string }> = {
  contents: { panel: 'contents', button: 'contents-button' },
  themes: { panel: 'themes-drawer', button: 'themes-button' },
}

/** Opens a drawer, or closes it if it is the one open. */
export function togglePanel(panel: ReaderPanel) {
  setReaderUi((ui) => ({ panel: ui.panel === panel ? undefined : panel }))
}

/** Closes the open drawer; with `returnFocus`, focus goes back to the button that opened it. */
export function closePanel({ returnFocus }: { returnFocus: boolean }) {
  const open = state.panel
  if (!open) return
  setReaderUi({ panel: undefined })
  if (returnFocus) document.getElementById(PANEL_IDS[open].button)?.focus()
}
