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
// After the article: built after the first paint in a browser with JavaScript, shown as it is without.
const renderAfter: ContextIslandRender = ({ ExplainerMatter, MentionCards, notesBundle }) => (
  <AfterFirstPaint>
    <ExplainerMatter notes={notesBundle} />
    <MentionCards notes={notesBundle} />
  </AfterFirstPaint>
)

function ArticlePage() {
  return <ReaderPage intro={<ContextIsland render={renderIntro} />} after={<ContextIsland render={renderAfter} />} />
}
