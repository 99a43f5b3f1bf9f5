import { useCallback, useEffect, useRef, useState } from 'react'
import { mediaMatches, scrollBehavior } from '../../components/use-media-query'
import { afterNextPaint } from '../../lib/after-paint'

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
 * The open claim's life in the page: opening it by the reader's own action moves focus into the
 * context (arriving by URL does not); opening brings its link into view; closing (button, Escape
 * or Back) returns focus to its link.
 */
export function useOpenClaim(claimId: string | undefined, actions: { open: (id: string) => void; close: () => void }) {
  const [focusDialog, setFocusDialog] = useState(false)
  const shownClaim = useRef<string | undefined>(undefined)
  const { open, close } = actions

  const openClaim = useCallback(
    (id: string) => {
      setFocusDialog(true)
      open(id)
    },
    [open],
  )

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
    if (shownClaim.current) document.getElementById(`claim-${shownClaim.current}`)?.focus()
    close()
  }, [close])

  return { focusDialog, openClaim, closeClaim }
}
