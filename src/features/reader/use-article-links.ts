import { useEffect } from 'react'
import { PARTS_BUILT } from '../../components/after-first-paint'
import { announce } from '../../components/announcer'
import { copyLink } from '../../components/copy-link'
import type { ThemeId, Verdict } from '../../content/types'
import { claimPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import type { lensSections } from './section-lens'

const articleElement = () => document.querySelector<HTMLElement>('main article')

/**
 * The article's state that CSS draws: the theme lens (data-active-theme) and the verdict filter
 * (data-verdict-filter), one attribute each on the article, and the toggles that choose them. Each
 * section repeats it in an attribute of its own (data-lens-theme, data-lens-verdict), which is what
 * the CSS keys on, so a change restyles the sections on screen first (section-lens.ts). The names
 * differ from the article's: a rule keyed on an attribute makes the browser restyle, on any change
 * of that attribute, everything under the element that carries it.
 */
const ARTICLE_STATE = {
  theme: { attribute: 'activeTheme', section: 'lensTheme', toggle: 'themeToggle', toggles: '[data-theme-toggle]' },
  verdict: {
    attribute: 'verdictFilter',
    section: 'lensVerdict',
    toggle: 'verdictToggle',
    toggles: '[data-verdict-toggle]',
  },
} as const

const setData = (element: HTMLElement, key: string, value: string | undefined) => {
  if (value) element.dataset[key] = value
  else delete element.dataset[key]
}

// Drawing a change section by section loads once the page is idle (reader-chunks.tsx), out of the
// page's first JavaScript; until then a change is drawn on every section at once.
let drawSections: typeof lensSections | undefined
export const loadSectionLens = () =>
  import('./section-lens').then((module) => {
    drawSections = module.lensSections
  })

/** Sets one state attribute on the article and its sections; CSS marks the passages and claims. */
function setArticleState(kind: keyof typeof ARTICLE_STATE, value: string | undefined) {
  const article = articleElement()
  if (!article) return
  const { attribute, section } = ARTICLE_STATE[kind]
  setData(article, attribute, value)
  if (drawSections) drawSections(article, section, value)
  else for (const element of article.querySelectorAll<HTMLElement>('.article-section')) setData(element, section, value)
}

/**
 * Shows a choice of the reader's at once, before the URL and the panels follow: the article's
 * attribute and its toggle pressed (which the panel's next render also says), so what the reader
 * asked to see is in the very next frame.
 */
function showArticleState(kind: keyof typeof ARTICLE_STATE, value: string | undefined) {
  setArticleState(kind, value)
  const { toggle: key, toggles } = ARTICLE_STATE[kind]
  for (const toggle of document.querySelectorAll<HTMLElement>(toggles)) {
    toggle.setAttribute('aria-pressed', String(toggle.dataset[key] === value))
  }
}

/** Shows a theme's lens chosen by the reader at once. */
export const showThemeLens = (theme: ThemeId | undefined) => showArticleState('theme', theme)
/** Shows a verdict's filter chosen by the reader at once. */
export const showVerdictFilter = (verdict: Verdict | undefined) => showArticleState('verdict', verdict)

/**
 * Puts a name's lens on the article: its mentions and the passages that hold them are marked
 * (data-who-match), and CSS makes them stand out while the rest steps back.
 */
/**
 * Claim links open the claim's context in place: their address says so (`?claim=`), and so do
 * they. Only links not switched yet: it runs again for each part built after the first paint.
 */
function claimLinksOpenDialogs() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[data-claim]:not([aria-haspopup])')) {
    const id = link.dataset.claim ?? ''
    link.href = claimPath(id)
    link.setAttribute('aria-haspopup', 'dialog')
    link.setAttribute('aria-expanded', 'false')
  }
}

function setWhoLens(who: string | undefined) {
  const article = articleElement()
  if (!article) return
  for (const element of article.querySelectorAll('[data-who-match]')) element.removeAttribute('data-who-match')
  if (!who) {
    delete article.dataset.activeWho
    return
  }
  article.dataset.activeWho = who
  for (const element of article.querySelectorAll<HTMLElement>('.mention[data-who], .passage[data-who]')) {
    if (element.dataset.who?.split(' ').includes(who)) element.setAttribute('data-who-match', '')
  }
}

/** A plain left click, which the page may take over (others open tabs and windows as usual). */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * Connects the static article to the reader's state, with no React render of the article: its
 * claim links point to their claims' URLs and open the context in place (one listener for all of
 * them), the open claim's link says it is expanded, the theme lens, the verdict filter and a name's
 * lens are one attribute each on the article element (CSS marks the passages, claims and names), and a section's `#`
 * link also copies its address.
 */
export function useArticleLinks({
  theme,
  verdict,
  who,
  claimId,
  onOpenClaim,
}: {
  theme: ThemeId | undefined
  verdict: Verdict | undefined
  who: string | undefined
  claimId: string | undefined
  onOpenClaim: (claimId: string) => void
}) {
  useEffect(() => {
    claimLinksOpenDialogs()
    // Parts built after the first paint hold claim links too (the takeaways, the timeline).
    document.addEventListener(PARTS_BUILT, claimLinksOpenDialogs)
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
        const title = anchor.dataset.copyLink ?? ''
        copyLink(anchor.getAttribute('href') ?? '').then((copied) =>
          announce(copied ? t('share.sectionCopied', { title }) : t('share.sectionInAddressBar', { title })),
        )
      }
    }
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('click', onClick)
      document.removeEventListener(PARTS_BUILT, claimLinksOpenDialogs)
    }
  }, [onOpenClaim])

  useEffect(() => setArticleState('theme', theme), [theme])
  useEffect(() => setWhoLens(who), [who])

  useEffect(() => setArticleState('verdict', verdict), [verdict])

  useEffect(() => {
    const link = claimId ? document.getElementById(`claim-${claimId}`) : null
    link?.setAttribute('aria-expanded', 'true')
    return () => link?.setAttribute('aria-expanded', 'false')
  }, [claimId])
}
