import { Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { content } from '../../content'
import { claimsInOrder } from '../../lib/article'
import { ArticleView } from '../article/article-view'
import { useResume } from '../resume/use-resume'
import { SectionsNav } from '../sections-nav/sections-nav'
import { useCurrentSection } from '../sections-nav/use-current-section'
import { useShortcutKeys } from '../shortcuts/shortcut-keys'
import { ThemesPanel } from '../themes/themes-panel'
import { ClaimDialogBoundary } from './claim-dialog-boundary'
import { actionsChunk, ClaimDialog, preloadOnIdle, ResumeOffer, ShortcutsHelp } from './reader-chunks'
import { UrlNotice } from './url-notice'
import { useOpenClaim } from './use-open-claim'
import { useReader } from './use-reader'

const sectionIds = content.article.sections.map((section) => section.id)
const orderedClaimIds = claimsInOrder(content).map((claim) => claim.id)
const themeIds = content.themes.map((theme) => theme.id)

/**
 * The reader: contents on the left, the article in the middle, themes and a claim's context on the
 * right (a drawer and a bottom sheet on phones). URL state comes from useReader.
 */
export function ReaderPage({ intro }: { intro?: React.ReactNode }) {
  const reader = useReader()
  const { current, pin } = useCurrentSection(sectionIds)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const drawerButton = useRef<HTMLButtonElement>(null)
  const drawer = useRef<HTMLElement>(null)
  const claimId = reader.claim?.id
  const { focusDialog, openClaim, closeClaim } = useOpenClaim(claimId, {
    open: reader.openClaim,
    close: reader.closeClaim,
  })

  useEffect(preloadOnIdle, [])

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
