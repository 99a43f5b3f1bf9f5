import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { routeTree } from './routeTree.gen'

/** The one place that builds the router: the client, the prerenderer and the tests all call it. */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    // The edition's own address: `/` for English, `/es/` for Spanish (vite.config.ts, base).
    basepath: import.meta.env.BASE_URL,
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // The reader manages its own scroll (hash targets, claims, the theme walk).
    scrollRestoration: false,
    // The router reads `$` in a location's path as a route token (`/$` matched `/`, `/sources/$`
    // matched `/sources`), so a mistyped URL showed a page instead of "not found". Inside the
    // router `$` is plain text, percent-encoded; the address bar keeps what the reader typed.
    rewrite: {
      input: ({ url }) => {
        if (url.pathname.includes('$')) url.pathname = url.pathname.replaceAll('$', '%24')
        return url
      },
      output: ({ url }) => {
        if (url.pathname.includes('%24')) url.pathname = url.pathname.replaceAll('%24', '$')
        return url
      },
    },
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
