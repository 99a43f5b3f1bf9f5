import { RouterProvider } from '@tanstack/react-router'
import { RouterClient } from '@tanstack/react-router/ssr/client'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createAppRouter } from './router'
import './styles.css'

declare global {
  interface Window {
    $_TSR?: unknown
  }
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const router = createAppRouter()

// A prerendered page carries the router's dehydrated state ($_TSR): hydrate it. `npm run dev`
// serves index.html without prerendering: render from scratch.
if (window.$_TSR) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding
  // the main thread in one long task; the page is already painted and readable meanwhile.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <RouterClient router={router} />
      </StrictMode>,
    )
  })
} else {
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
}

// Offline reading after the first visit: scripts/service-worker.mjs writes /sw.js after the pages
// are prerendered. Plain registration keeps the initial JavaScript small; a failure (private
// mode, an old browser) leaves the site working online.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}))
}
