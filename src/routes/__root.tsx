import { createRootRoute, type ErrorComponentProps, Outlet } from '@tanstack/react-router'
import { LiveRegion } from '../components/announcer'
import { runsAsIslands } from '../components/island'
import { NotFound } from '../features/layout/not-found'
import { RouteError } from '../features/layout/route-error'
import { SiteFooter } from '../features/layout/site-footer'
import { SiteHeader } from '../features/layout/site-header'
import { t } from '../lib/i18n'

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: () => (runsAsIslands() ? null : <NotFound />),
  errorComponent: RootError,
})

/** A failure in the layout itself: still a page with a main landmark and a way back. */
function RootError(props: ErrorComponentProps) {
  return (
    <main id="main">
      <RouteError {...props} />
    </main>
  )
}

/**
 * The page. Prerendered whole; in the browser its islands hydrate on their own (main.tsx), and
 * the router's root renders nothing over the static page: it keeps the URL state for the islands.
 * Under `npm run dev` and in tests, with nothing prerendered, it renders the whole page.
 */
function RootLayout() {
  if (runsAsIslands()) return null
  return (
    <>
      <a href="#main" className="skip-link">
        {t('layout.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="outline-none">
        <Outlet />
      </main>
      <SiteFooter />
      <LiveRegion />
    </>
  )
}
