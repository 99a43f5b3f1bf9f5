import { Suspense, useCallback, useEffect, useState } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { content } from '../../content'
import { claimsInOrder } from '../../lib/article'
import { ArticleView } from '../article/article-view'
import { EXPLAINER_PARTS } from '../editorial/explainer-parts'
import { useResume } from '../resume/use-resume'
import { SectionsNav } from '../sections-nav/sections-nav'
import { useCurrentSection } from '../sections-nav/use-current-section'
import { useShortcutKeys } from '../shortcuts/shortcut-keys'
import { ThemesPanel } from '../themes/themes-panel'
import { ClaimDialogBoundary } from './claim-dialog-boundary'
import { ReaderBar } from './reader-bar'
import { actionsChunk, ClaimDialog, preloadOnIdle, ResumeOffer, ShortcutsHelp } from './reader-chunks'
import { UrlNotice } from './url-notice'
import { useOpenClaim } from './use-open-claim'
import { useReader } from './use-reader'
import { useReaderPanels } from './use-reader-panels'

const sectionIds = content.article.sections.map((section) => section.id)
// The contents follow the reader through the article and then through the explainer's parts.
const trackedIds = [...sectionIds, ...EXPLAINER_PARTS.map((part) => part.id)]
const titles = new Map<string, string>([
  ...content.article.sections.map((section) => [section.id, section.title] as const),
  ...EXPLAINER_PARTS.map((part) => [part.id, part.title] as const),
])
const orderedClaimIds = claimsInOrder(content).map((claim) => claim.id)
const themeIds = content.themes.map((theme) => theme.id)

/**
 * The reader: contents on the left, the article in the middle, themes and a claim's context on the
 * right. On narrow screens a sticky bar opens the contents and the themes as drawers, and the
 * context is a bottom sheet. URL state comes from useReader.
 */
export function ReaderPage({ intro, after }: { intro?: React.ReactNode; after?: React.ReactNode }) {
  const reader = useReader()
  const { current, pin } = useCurrentSection(trackedIds)
  const panels = useReaderPanels()
  const panel = panels.open
  const [helpOpen, setHelpOpen] = useState(false)
  const claimId = reader.claim?.id
  const { focusDialog, openClaim, closeClaim } = useOpenClaim(claimId, {
    open: reader.openClaim,
    close: reader.closeClaim,
  })

  useEffect(preloadOnIdle, [])

  // Escape closes the innermost open thing: a drawer, then the claim's context.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || helpOpen) return
      if (panel) panels.close()
      else if (claimId) closeClaim()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [panel, claimId, helpOpen, panels.close, closeClaim])

  const jumpToSection = useCallback(
    (id: string) => {
      pin(id)
      window.location.hash = id
    },
    [pin],
  )
  const onContentsJump = useCallback(
    (id: string) => {
      pin(id)
      panels.dismiss()
    },
    [pin, panels.dismiss],
  )

  // Only the article's sections are a place to resume at.
  const [savedPosition, resumeDone] = useResume(
    current && sectionIds.includes(current) ? current : undefined,
    reader.theme,
  )

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
    <div className="reader" data-panel-open={panel}>
      <div id="contents" ref={panels.panels.contents} className={`reader-toc ${panel === 'contents' ? 'is-open' : ''}`}>
        <div className="reader-toc-inner">
          {panel === 'contents' ? (
            <div className="mb-2 flex justify-end lg:hidden">
              <button type="button" className="button" onClick={panels.close}>
                Close<span className="sr-only"> contents</span>
              </button>
            </div>
          ) : null}
          <SectionsNav current={current} onJump={onContentsJump} />
          <button type="button" className="link shortcuts-control mt-4 text-sm" onClick={() => setHelpOpen(true)}>
            Keyboard shortcuts
          </button>
        </div>
      </div>

      <div className="reader-main">
        <ReaderBar
          currentTitle={current ? titles.get(current) : undefined}
          open={panel}
          onToggle={panels.toggle}
          themeLabel={content.themes.find((theme) => theme.id === reader.theme)?.label}
          contentsButton={panels.buttons.contents}
          themesButton={panels.buttons.themes}
        />
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
          after={after}
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
        <aside
          id="themes-drawer"
          ref={panels.panels.themes}
          aria-label="Themes"
          className={`themes-aside print:hidden ${panel === 'themes' ? 'is-open' : ''}`}
        >
          <div className="mb-2 flex justify-end lg:hidden">
            <button type="button" className="button" onClick={panels.close}>
              Close<span className="sr-only"> themes</span>
            </button>
          </div>
          <ThemesPanel activeTheme={reader.theme} onSelect={reader.setTheme} />
        </aside>
      </div>

      {panel ? (
        <button
          type="button"
          className="drawer-backdrop lg:hidden"
          aria-label={`Close ${panel === 'contents' ? 'contents' : 'themes'}`}
          onClick={panels.close}
        />
      ) : null}

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
