import { Suspense } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { content } from '../../content'
import { EXPLAINER_PARTS } from '../editorial/explainer-parts'
import { useResume } from '../resume/use-resume'
import { jumpToSection } from '../sections-nav/section-tracking'
import { ReaderBar } from './reader-bar'
import { ResumeOffer } from './reader-chunks'
import { useReaderUi } from './reader-store'
import { UrlNotice } from './url-notice'
import { useReader } from './use-reader'

const sectionIds = content.article.sections.map((section) => section.id)
const titles = new Map<string, string>([
  ...content.article.sections.map((section) => [section.id, section.title] as const),
  ...EXPLAINER_PARTS.map((part) => [part.id, part.title] as const),
])

/**
 * What sits above the article text (an island): the narrow screens' bar, a notice about a bad
 * URL, and a returning reader's offer to resume.
 */
export function ReaderTop() {
  const reader = useReader()
  const current = useReaderUi((ui) => ui.current)
  // Only the article's sections are a place to resume at.
  const [savedPosition, resumeDone] = useResume(
    current && sectionIds.includes(current) ? current : undefined,
    reader.theme,
  )
  return (
    <>
      <ReaderBar
        currentTitle={current ? titles.get(current) : undefined}
        themeLabel={content.themes.find((theme) => theme.id === reader.theme)?.label}
      />
      <UrlNotice
        unknownTheme={reader.unknownTheme}
        unknownClaim={reader.unknownClaim}
        unknownVerdict={reader.unknownVerdict}
        unknownWho={reader.unknownWho}
        onDismiss={reader.dismissUnknown}
      />
      {savedPosition ? (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ResumeOffer saved={savedPosition} onTheme={reader.setTheme} onJump={jumpToSection} onDone={resumeDone} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  )
}
