import { createRootRoute, type ErrorComponentProps, Outlet, Scripts } from '@tanstack/react-router'
import { AnnouncerProvider } from '../components/announcer'
import { NotFound } from '../features/layout/not-found'
import { RouteError } from '../features/layout/route-error'
import { SiteFooter } from '../features/layout/site-footer'
import { SiteHeader } from '../features/layout/site-header'

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
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

function RootLayout() {
  return (
    <AnnouncerProvider>
      <a href="#main" className="skip-link">
        Skip to the article
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="outline-none">
        <Outlet />
      </main>
      <SiteFooter />
      {/* The router's dehydration script. index.html stays the document (so plain `vite` serves
          it in development); the app renders inside #root, so the scripts render here. */}
      <Scripts />
    </AnnouncerProvider>
  )
}
