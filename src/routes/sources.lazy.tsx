import { createLazyFileRoute } from '@tanstack/react-router'
import { SourcesPage } from '../features/sources/sources-page'

export const Route = createLazyFileRoute('/sources')({
  component: SourcesRoute,
})

function SourcesRoute() {
  return <SourcesPage />
}
