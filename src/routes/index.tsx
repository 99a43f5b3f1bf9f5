import { createFileRoute } from '@tanstack/react-router'
import { ReaderPage } from '../features/reader/reader-page'
import { validateReaderSearch } from '../lib/reader-search'

export const Route = createFileRoute('/')({
  validateSearch: validateReaderSearch,
  component: ArticlePage,
})

function ArticlePage() {
  return <ReaderPage />
}
