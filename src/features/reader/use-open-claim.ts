import { useCallback, useEffect, useRef, useState } from 'react'
import { mediaMatches, scrollBehavior } from '../../components/use-media-query'
import { afterNextPaint } from '../../lib/after-paint'
import { setReaderUi, useReaderUi } from './reader-store'

/**
 * Scrolls a claim's link into the upper part of the view (clear of a bottom sheet on phones),
 * unless the reader can already see it: a claim clicked in view stays where it is, and the page
 * does not move under the reader's eyes.
 */
function revealClaim(claimId: string) {
  const link = document.getElementById(`claim-${claimId}`)
  if (!link) return
  const seen = link.getBoundingClientRect()
  // Wide screens show the context beside the article; elsewhere a bottom sheet covers 60% of it.
  const visibleBottom = window.innerHeight * (mediaMatches('(min-width: 64rem)') ? 0.9 : 0.4)
  const stickyOffset = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (seen.top >= stickyOffset && seen.bottom <= visibleBottom) return
  const top = seen.top + window.scrollY - window.innerHeight * 0.25
  window.scrollTo({ top: Math.max(0, top), behavior: scrollBehavior() })
}

/**
 * The open claim's life in the page: opening it by the reader's own action shows its context at
 * once, from the reader's page state, and names it in the URL just after that frame is painted
 * (a history entry and the router's render took 5-8 ms of the click); it moves focus into the
 * context (arriving by URL does not) and brings its link into view; closing (button, Escape or
 * Back) returns focus to its link. `urlClaimId` is the claim the URL names; the hook returns the
 * one to show.
 */
export function useOpenClaim(
  urlClaimId: string | undefined,
  actions: { open: (id: string) => void; close: () => void },
) {
  const [focusDialog, setFocusDialog] = useState(false)
  const openingClaim = useReaderUi((ui) => ui.openingClaim)
  const claimId = openingClaim ?? urlClaimId
  const shownClaim = useRef<string | undefined>(undefined)
  const pendingUrl = useRef<() => void>(undefined)
  const { open, close } = actions

  const openClaim = useCallback(
    (id: string) => {
      pendingUrl.current?.()
      setFocusDialog(true)
      setReaderUi({ openingClaim: id })
      pendingUrl.current = afterNextPaint(() => {
        pendingUrl.current = undefined
        open(id)
      })
    },
    [open],
  )

  // The URL has caught up (or moved on, by Back or Forward): it says which claim is open again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of the URL's claim, which it need not read
  useEffect(() => {
    if (!pendingUrl.current) setReaderUi({ openingClaim: undefined })
  }, [urlClaimId])

  useEffect(() => {
    const previous = shownClaim.current
    shownClaim.current = claimId
    // After the dialog's first frame: measuring the link forces a layout of the whole page.
    if (claimId && claimId !== previous) return afterNextPaint(() => revealClaim(claimId))
    if (!claimId && previous) {
      const active = document.activeElement
      if (!active || active === document.body || !active.isConnected) {
        document.getElementById(`claim-${previous}`)?.focus({ preventScroll: false })
      }
    }
  }, [claimId])

  const closeClaim = useCallback(() => {
    pendingUrl.current?.()
    pendingUrl.current = undefined
    if (shownClaim.current) document.getElementById(`claim-${shownClaim.current}`)?.focus()
    setReaderUi({ openingClaim: undefined })
    close()
  }, [close])

  // Leaving the page drops a history entry still to come.
  useEffect(() => () => pendingUrl.current?.(), [])

  return { claimId, focusDialog, openClaim, closeClaim }
}
