import { Suspense, useCallback, useEffect } from 'react'
import { chunkResource } from '../../components/chunk-resource'
import { ErrorBoundary } from '../../components/error-boundary'
import { content } from '../../content'
import type { ThemeId, Verdict } from '../../content/types'
import { afterNextPaint } from '../../lib/after-paint'
import { claimsInOrder } from '../../lib/article'
import { t } from '../../lib/i18n'
import { EXPLAINER_PARTS } from '../editorial/explainer-parts'
import { jumpToSection, useSectionTracking } from '../sections-nav/section-tracking'
import { ThemesPanel } from '../themes/themes-panel'
import { VerdictsPanel } from '../verdicts/verdicts-panel'
import { ClaimDialogBoundary } from './claim-dialog-boundary'
import { ClaimDialog, preloadOnIdle, ShortcutsHelp, whenIdle } from './reader-chunks'
import { closePanel, PANEL_IDS, resetReaderUi, setReaderUi, useReaderUi } from './reader-store'
import { showThemeLens, showVerdictFilter, useArticleLinks } from './use-article-links'
import { useOpenClaim } from './use-open-claim'
import { usePanelFocus } from './use-panel-focus'
import { useReader } from './use-reader'
import { useReaderKeys } from './use-reader-keys'

const sectionIds = content.article.sections.map((section) => section.id)
// The contents follow the reader through the article and then through the explainer's parts.
const trackedIds = [...sectionIds, ...EXPLAINER_PARTS.map((part) => part.id)]
const orderedClaimIds = claimsInOrder(content).map((claim) => claim.id)
const themeIds = content.themes.map((theme) => theme.id)

// A name's lens and its walk show only once a reader asks for them (?who=), so they load then.
const whoWalkChunk = chunkResource(() => import('../themes/who-walk'))
function WhoWalk(props: React.ComponentProps<typeof import('../themes/who-walk').WhoWalk>) {
  const { WhoWalk: Walk } = whoWalkChunk.read()
  return <Walk {...props} />
}

/**
 * The name cards' listeners, a chunk of their own loaded once the page is idle after hydration,
 * off the critical path: until they run, a name in the text is a plain link to who's who.
 */
function useMentionCards(onShowWho: (personId: string) => void) {
  useEffect(() => {
    let stop: (() => void) | undefined
    let stopped = false
    const cancel = whenIdle(() => {
      import('./mention-cards')
        .then(({ startMentionCards }) => {
          if (!stopped) stop = startMentionCards({ onShowWho })
        })
        .catch(() => {})
    })
    return () => {
      stopped = true
      cancel()
      stop?.()
    }
  }, [onShowWho])
}

/**
 * The side column (an island): the open claim's context (a bottom sheet on narrow screens), the
 * verdict scorecard and the themes (a drawer there). It also runs the reader for the whole page: the URL state's effects
 * on the static article, the section being read, the keyboard and the help overlay.
 */
export function ReaderSide() {
  const reader = useReader()
  const panel = useReaderUi((ui) => ui.panel)
  const helpOpen = useReaderUi((ui) => ui.helpOpen)
  const { claimId, focusDialog, openClaim, closeClaim } = useOpenClaim(reader.claim?.id, {
    open: reader.openClaim,
    close: reader.closeClaim,
  })
  const claim = claimId === reader.claim?.id ? reader.claim : content.claims.find((c) => c.id === claimId)

  // A theme toggle shows its lens in the click's own frame; the URL (a history entry) and the
  // renders that follow it come just after that frame is painted, where they took 20-30 ms of it.
  // The verdict toggles take the same path.
  const { setTheme, setVerdict } = reader
  const selectTheme = useCallback(
    (theme: ThemeId | undefined) => {
      showThemeLens(theme)
      afterNextPaint(() => setTheme(theme))
    },
    [setTheme],
  )
  const selectVerdict = useCallback(
    (verdict: Verdict | undefined) => {
      showVerdictFilter(verdict)
      afterNextPaint(() => setVerdict(verdict))
    },
    [setVerdict],
  )

  useEffect(preloadOnIdle, [])
  // Leaving the article (another page of the app) leaves a fresh state behind.
  useEffect(() => resetReaderUi, [])
  useSectionTracking(trackedIds)
  useArticleLinks({ theme: reader.theme, verdict: reader.verdict, who: reader.who, claimId, onOpenClaim: openClaim })
  useMentionCards(reader.setWho)
  usePanelFocus('themes')
  useReaderKeys({
    sectionIds,
    claimIds: orderedClaimIds,
    themeIds,
    theme: reader.theme,
    claimId,
    jumpToSection,
    openClaim,
    closeClaim,
    setTheme: reader.setTheme,
  })

  return (
    <>
      <div className="reader-side">
        {claim ? (
          <ClaimDialogBoundary claimId={claim.id} onClose={closeClaim}>
            <ClaimDialog
              key={claim.id}
              claim={claim}
              activeTheme={reader.theme}
              takeFocus={focusDialog}
              onClose={closeClaim}
              onOpenClaim={openClaim}
              onSelectTheme={reader.setTheme}
            />
          </ClaimDialogBoundary>
        ) : null}
        <div id={PANEL_IDS.themes.panel} className={`themes-aside print:hidden ${panel === 'themes' ? 'is-open' : ''}`}>
          <div className="mb-2 flex justify-end lg:hidden">
            <button type="button" className="button" onClick={() => closePanel({ returnFocus: true })}>
              {t('reader.side.close')}
              <span className="sr-only">{t('reader.side.closeThemes')}</span>
            </button>
          </div>
          {reader.who ? (
            <ErrorBoundary fallback={() => null}>
              <Suspense fallback={null}>
                <WhoWalk key={reader.who} personId={reader.who} onClose={() => reader.setWho(undefined)} />
              </Suspense>
            </ErrorBoundary>
          ) : null}
          <VerdictsPanel active={reader.verdict} onSelect={selectVerdict} />
          <aside aria-label={t('reader.side.themesLabel')} className="mt-6">
            <ThemesPanel activeTheme={reader.theme} onSelect={selectTheme} />
          </aside>
        </div>
      </div>

      {panel ? (
        <button
          type="button"
          className="drawer-backdrop lg:hidden"
          aria-label={
            panel === 'contents' ? t('reader.side.closeDrawer.contents') : t('reader.side.closeDrawer.themes')
          }
          onClick={() => closePanel({ returnFocus: true })}
        />
      ) : null}

      {helpOpen ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ShortcutsHelp onClose={() => setReaderUi({ helpOpen: false })} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  )
}
