import { useEffect } from 'react'
import { announce } from '../../components/announcer'
import { copyLink } from '../../components/copy-link'
import type { ThemeId, Verdict } from '../../content/types'
import { claimPath } from '../../lib/claim-url'

const articleElement = () => document.querySelector<HTMLElement>('main article')

/** Puts a theme's lens on the article: one attribute, and CSS marks the passages and claims. */
function setArticleLens(theme: ThemeId | undefined) {
  const article = articleElement()
  if (!article) return
  if (theme) article.dataset.activeTheme = theme
  else delete article.dataset.activeTheme
}

/**
 * Shows a theme chosen by the reader at once, before the URL and the panels follow: the lens on
 * the article and its toggle pressed (which the panel's next render also says), so what the
 * reader asked to see is in the very next frame.
 */
export function showThemeLens(theme: ThemeId | undefined) {
  setArticleLens(theme)
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) {
    toggle.setAttribute('aria-pressed', String(toggle.dataset.themeToggle === theme))
  }
}

/** Keeps only one verdict's claims marked in the article: one attribute, as the lens is. */
function setVerdictFilter(verdict: Verdict | undefined) {
  const article = articleElement()
  if (!article) return
  if (verdict) article.dataset.verdictFilter = verdict
  else delete article.dataset.verdictFilter
}

/** Shows a verdict chosen by the reader at once, as `showThemeLens` does for a theme. */
export function showVerdictFilter(verdict: Verdict | undefined) {
  setVerdictFilter(verdict)
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-verdict-toggle]')) {
    toggle.setAttribute('aria-pressed', String(toggle.dataset.verdictToggle === verdict))
  }
}

/** A plain left click, which the page may take over (others open tabs and windows as usual). */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * Connects the static article to the reader's state, with no React render of the article: its
 * claim links point to their claims' URLs and open the context in place (one listener for all of
 * them), the open claim's link says it is expanded, the theme lens and the verdict filter are one
 * attribute each on the article element (CSS marks the passages and claims), and a section's `#`
 * link also copies its address.
 */
export function useArticleLinks({
  theme,
  verdict,
  claimId,
  onOpenClaim,
}: {
  theme: ThemeId | undefined
  verdict: Verdict | undefined
  claimId: string | undefined
  onOpenClaim: (claimId: string) => void
}) {
  useEffect(() => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[data-claim]')) {
      const id = link.dataset.claim ?? ''
      link.href = claimPath(id)
      link.setAttribute('aria-haspopup', 'dialog')
      link.setAttribute('aria-expanded', 'false')
    }
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !(event.target instanceof Element)) return
      const claim = event.target.closest<HTMLAnchorElement>('main a[data-claim]')
      if (claim?.dataset.claim && isPlainClick(event)) {
        event.preventDefault()
        onOpenClaim(claim.dataset.claim)
        return
      }
      const anchor = event.target.closest<HTMLAnchorElement>('main a[data-copy-link]')
      if (anchor) {
        const title = anchor.dataset.copyLink
        copyLink(anchor.getAttribute('href') ?? '').then((copied) =>
          announce(copied ? `Link to “${title}” copied` : `Link to “${title}” is in the address bar`),
        )
      }
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [onOpenClaim])

  useEffect(() => setArticleLens(theme), [theme])

  useEffect(() => setVerdictFilter(verdict), [verdict])

  useEffect(() => {
    const link = claimId ? document.getElementById(`claim-${claimId}`) : null
    link?.setAttribute('aria-expanded', 'true')
    return () => link?.setAttribute('aria-expanded', 'false')
  }, [claimId])
}
