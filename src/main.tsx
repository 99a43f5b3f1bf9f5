import { RouterProvider } from '@tanstack/react-router'
import { RouterClient } from '@tanstack/react-router/ssr/client'
import { StrictMode } from 'react'
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
  hydrateRoot(
    container,
    <StrictMode>
      <RouterClient router={router} />
    </StrictMode>,
  )
} else {
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
}
