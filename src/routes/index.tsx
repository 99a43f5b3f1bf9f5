import { createFileRoute } from '@tanstack/react-router'
import { AfterFirstPaint } from '../components/after-first-paint'
import { ContextIsland, type ContextIslandRender } from '../features/claims/context-island'
import { RouteError } from '../features/layout/route-error'
import { ReaderPage } from '../features/reader/reader-page'
import { validateReaderSearch } from '../lib/reader-search'

export const Route = createFileRoute('/')({
  validateSearch: validateReaderSearch,
  component: ArticlePage,
  errorComponent: RouteError,
})

const renderIntro: ContextIslandRender = ({ EditorsNote, notesBundle }) => <EditorsNote notes={notesBundle} />
const renderAfter: ContextIslandRender = ({ ExplainerMatter, MentionCards, notesBundle }) => (
  <>
    <ExplainerMatter notes={notesBundle} />
    {/* Hidden until a name opens one: built after the first paint (components/after-first-paint.tsx). */}
    <AfterFirstPaint>
      <MentionCards notes={notesBundle} />
    </AfterFirstPaint>
  </>
)

function ArticlePage() {
  return <ReaderPage intro={<ContextIsland render={renderIntro} />} after={<ContextIsland render={renderAfter} />} />
}
