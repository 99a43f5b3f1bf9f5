let timer: ReturnType<typeof setTimeout> | undefined

/**
 * The page's one polite live region, for short confirmations ("Link copied", "Passage 2 of 4").
 * Rendered once in the layout; it stays empty in the HTML and `announce` fills it in the browser.
 */
export function LiveRegion() {
  return <div role="status" aria-live="polite" className="sr-only" data-announcer="" />
}

/** Says a short message to screen readers through the page's live region. */
export function announce(message: string) {
  const region = document.querySelector('[data-announcer]')
  if (!region) return
  // Clearing first makes a repeated message ("Link copied" twice) announce again.
  region.textContent = ''
  clearTimeout(timer)
  timer = setTimeout(() => {
    region.textContent = message
  }, 50)
}

/** The announce function, for components (it is the same one everywhere). */
export function useAnnounce(): (message: string) => void {
  return announce
}
