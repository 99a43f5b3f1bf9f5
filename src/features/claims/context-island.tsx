import { memo, type ReactNode, Suspense } from 'react'
import { ErrorBoundary } from '../../components/error-boundary'
import { useContextChunk } from './use-notes'

type ContextChunk = ReturnType<typeof useContextChunk>
export type ContextIslandRender = (chunk: ContextChunk) => ReactNode

/**
 * Prerendered matter drawn from the context chunk (editorial intro, claim notes). Its HTML is in
 * the page from the first paint; React keeps that HTML until the chunk arrives, so it costs the
 * initial JavaScript nothing. If the chunk cannot load (offline), the part is left out and the
 * article stays whole. Memoized: give it a `render` defined once (at module level), and the
 * reader's state changes never re-render the prerendered matter.
 */
export const ContextIsland = memo(function ContextIsland({ render }: { render: (chunk: ContextChunk) => ReactNode }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <FromChunk render={render} />
      </Suspense>
    </ErrorBoundary>
  )
})

function FromChunk({ render }: { render: (chunk: ContextChunk) => ReactNode }) {
  return render(useContextChunk())
}
