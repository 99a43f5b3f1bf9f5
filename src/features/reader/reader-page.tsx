import { Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { chunkResource } from '../../components/chunk-resource'
import { ErrorBoundary } from '../../components/error-boundary'
import { mediaMatches, scrollBehavior } from '../../components/use-media-query'
import { content } from '../../content'
import { claimsInOrder } from '../../lib/article'
import { ArticleView } from '../article/article-view'
import { contextChunk, loadContextChunk } from '../claims/notes-resource'
import { useResume } from '../resume/use-resume'
import { SectionsNav } from '../sections-nav/sections-nav'
import { useCurrentSection } from '../sections-nav/use-current-section'
import { useShortcutKeys } from '../shortcuts/shortcut-keys'
import { ThemesPanel } from '../themes/themes-panel'
import { UrlNotice } from './url-notice'
import { useReader } from './use-reader'

// Neither appears in the prerendered page, so both load on demand (the dialog also on idle, so a
// claim opens at once). A failed load shows a message and is tried again on "Try again".
const dialogChunk = chunkResource(() => import('../claims/claim-dialog'))
const helpChunk = chunkResource(() => import('../shortcuts/shortcuts-help'))
const actionsChunk = chunkResource(() => import('../shortcuts/shortcut-actions'))
// Shown only to a returning reader, after hydration.
const resumeChunk = chunkResource(() => import('../resume/resume-offer'))
function ResumeOffer(props: React.ComponentProps<typeof import('../resume/resume-offer').ResumeOffer>) {
  const { ResumeOffer: Offer } = resumeChunk.read()
  return <Offer {...props} />
}
function ClaimDialog(props: React.ComponentProps<typeof import('../claims/claim-dialog').ClaimDialog>) {
  const { ClaimDialog: Dialog } = dialogChunk.read()
  return <Dialog {...props} />
}
function ShortcutsHelp(props: React.ComponentProps<typeof import('../shortcuts/shortcuts-help').ShortcutsHelp>) {
  const { ShortcutsHelp: Help } = helpChunk.read()
  return <Help {...props} />
}

/** Fetches the chunks a reader is likely to need next, once the page is idle. */
function preloadOnIdle(): () => void {
  const preload = () => {
    for (const load of [dialogChunk.load, actionsChunk.load, loadContextChunk]) load().catch(() => {})
  }
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(preload, { timeout: 3000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(preload, 1500)
  return () => window.clearTimeout(handle)
}

const sectionIds = content.article.sections.map((section) => section.id)
const orderedClaimIds = claimsInOrder(content).map((claim) => claim.id)
const themeIds = content.themes.map((theme) => theme.id)

/**
 * Scrolls a claim's link into the upper part of the view (clear of a bottom sheet on phones),
 * unless the reader can already see it: a claim clicked in view stays where it is, and the page
 * does not move under the reader's eyes.
 */
function revealClaim(claimId: string) {
  const link = document.getElementById(`claim-${claimId}`)
  if (!link) return
  const rect = link.getBoundingClientRect()
  // Wide screens show the context beside the article; elsewhere a bottom sheet covers 60% of it.
  const visibleBottom = window.innerHeight * (mediaMatches('(min-width: 64rem)') ? 0.9 : 0.4)
  const stickyOffset = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  if (rect.top >= stickyOffset && rect.bottom <= visibleBottom) return
  const top = rect.top + window.scrollY - window.innerHeight * 0.25
  window.scrollTo({ top: Math.max(0, top), behavior: scrollBehavior() })
}

/**
 * The reader: contents on the left, the article in the middle, themes and a claim's context on the
 * right (a drawer and a bottom sheet on phones). URL state comes from useReader.
 */
export function ReaderPage({ intro }: { intro?: React.ReactNode }) {
  const reader = useReader()
  const { current, pin } = useCurrentSection(sectionIds)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const [focusDialog, setFocusDialog] = useState(false)
  const drawerButton = useRef<HTMLButtonElement>(null)
  const drawer = useRef<HTMLElement>(null)
  const claimId = reader.claim?.id
  const shownClaim = useRef<string | undefined>(undefined)

  useEffect(preloadOnIdle, [])

  // Opening by the reader's own action moves focus into the context; arriving by URL does not.
  const openClaim = useCallback(
    (id: string) => {
      setFocusDialog(true)
      reader.openClaim(id)
    },
    [reader.openClaim],
  )

  // When a claim opens, bring it into view; when it closes (button, Escape or Back), return focus to its link.
  useEffect(() => {
    const previous = shownClaim.current
    shownClaim.current = claimId
    if (claimId && claimId !== previous) revealClaim(claimId)
    if (!claimId && previous) {
      const active = document.activeElement
      if (!active || active === document.body || !active.isConnected) {
        document.getElementById(`claim-${previous}`)?.focus({ preventScroll: false })
      }
    }
  }, [claimId])

  const closeClaim = useCallback(() => {
    if (shownClaim.current) document.getElementById(`claim-${shownClaim.current}`)?.focus()
    reader.closeClaim()
  }, [reader.closeClaim])

  const closeDrawer = useCallback(() => {
    setDrawerOpen(false)
    drawerButton.current?.focus()
  }, [])

  // Escape closes the innermost open thing: the drawer, then the claim's context.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || helpOpen) return
      if (drawerOpen) closeDrawer()
      else if (claimId) closeClaim()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [drawerOpen, claimId, helpOpen, closeDrawer, closeClaim])

  useEffect(() => {
    if (drawerOpen) drawer.current?.querySelector<HTMLElement>('button')?.focus()
  }, [drawerOpen])

  const jumpToSection = useCallback(
    (id: string) => {
      pin(id)
      window.location.hash = id
    },
    [pin],
  )

  const [savedPosition, resumeDone] = useResume(current, reader.theme)

  useShortcutKeys(helpOpen, (key) => {
    const context = {
      sectionIds,
      currentSection: current,
      claimIds: orderedClaimIds,
      openClaimId: claimId,
      themeIds,
      theme: reader.theme,
      jumpToSection,
      openClaim,
      setTheme: reader.setTheme,
      openHelp: () => setHelpOpen(true),
    }
    actionsChunk
      .load()
      .then((actions) => actions.runShortcut(key, context))
      .catch(() => {})
  })

  return (
    <div className="reader" data-drawer-open={drawerOpen || undefined}>
      <div className="reader-toc">
        <div className="reader-toc-inner">
          <SectionsNav current={current} onJump={pin} />
          <button type="button" className="link mt-4 text-sm print:hidden" onClick={() => setHelpOpen(true)}>
            Keyboard shortcuts
          </button>
        </div>
      </div>

      <div className="reader-main">
        <div className="reader-bar lg:hidden print:hidden">
          <span className="truncate text-sm text-muted">
            {content.article.sections.find((section) => section.id === current)?.title ?? 'Contents'}
          </span>
          <button
            ref={drawerButton}
            type="button"
            className="button"
            aria-expanded={drawerOpen}
            aria-controls="themes-drawer"
            onClick={() => setDrawerOpen((open) => !open)}
          >
            Themes
            {reader.theme ? <span className="sr-only">: {reader.theme}</span> : null}
          </button>
        </div>
        <UrlNotice
          unknownTheme={reader.unknownTheme}
          unknownClaim={reader.unknownClaim}
          onDismiss={reader.dismissUnknown}
        />
        {savedPosition ? (
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <ResumeOffer saved={savedPosition} onTheme={reader.setTheme} onJump={jumpToSection} onDone={resumeDone} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <ArticleView
          activeTheme={reader.theme}
          openClaimId={claimId}
          onOpenClaim={openClaim}
          onJump={pin}
          intro={intro}
        />
      </div>

      <div className="reader-side">
        {reader.claim ? (
          <ClaimDialogBoundary claimId={reader.claim.id} onClose={closeClaim}>
            <ClaimDialog
              key={reader.claim.id}
              claim={reader.claim}
              activeTheme={reader.theme}
              takeFocus={focusDialog}
              onClose={closeClaim}
              onOpenClaim={openClaim}
              onSelectTheme={reader.setTheme}
            />
          </ClaimDialogBoundary>
        ) : null}
        {drawerOpen ? (
          <button type="button" className="drawer-backdrop lg:hidden" aria-label="Close themes" onClick={closeDrawer} />
        ) : null}
        <aside
          id="themes-drawer"
          ref={drawer}
          aria-label="Themes"
          className={`themes-aside print:hidden ${drawerOpen ? 'is-open' : ''}`}
          onBlur={(event) => {
            // Tabbing out of the open drawer closes it, so focus never hides behind it.
            const next = event.relatedTarget
            if (drawerOpen && next instanceof Node && !event.currentTarget.contains(next)) setDrawerOpen(false)
          }}
        >
          <div className="mb-2 flex justify-end lg:hidden">
            <button type="button" className="button" onClick={closeDrawer}>
              Close<span className="sr-only"> themes</span>
            </button>
          </div>
          <ThemesPanel activeTheme={reader.theme} onSelect={reader.setTheme} />
        </aside>
      </div>

      {helpOpen ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ShortcutsHelp onClose={() => setHelpOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  )
}

/**
 * The Context dialog's frame while its code loads, and a way out if it cannot load (offline after
 * the first visit): the article stays usable either way.
 */
function ClaimDialogBoundary({
  claimId,
  onClose,
  children,
}: {
  claimId: string
  onClose: () => void
  children: React.ReactNode
}) {
  const frame = (body: React.ReactNode) => (
    <div role="dialog" aria-labelledby="context-heading" className="claim-dialog" data-claim-dialog={claimId}>
      <div className="claim-dialog-bar">
        <h2 id="context-heading" className="text-lg font-bold">
          Context
        </h2>
        <button type="button" className="button" onClick={onClose} aria-label="Close context">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="claim-dialog-body">{body}</div>
    </div>
  )
  return (
    <ErrorBoundary
      key={claimId}
      fallback={(reset) =>
        frame(
          <div role="alert" className="text-sm">
            <p>The context could not be loaded. Check the connection and try again.</p>
            <button
              type="button"
              className="button mt-2"
              onClick={() => {
                dialogChunk.retry()
                contextChunk.retry()
                reset()
              }}
            >
              Try again
            </button>
          </div>,
        )
      }
    >
      <Suspense fallback={frame(<p className="text-sm text-muted">Loading the context…</p>)}>{children}</Suspense>
    </ErrorBoundary>
  )
}
