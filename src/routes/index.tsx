import { createFileRoute } from '@tanstack/react-router'
import { ArticleView } from '../features/article/article-view'
import { validateReaderSearch } from '../lib/reader-search'

export const Route = createFileRoute('/')({
  validateSearch: validateReaderSearch,
  component: ArticlePage,
})

function ArticlePage() {
  return <ArticleView />
}
