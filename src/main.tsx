import { RouterContextProvider, RouterProvider } from '@tanstack/react-router'
import { type ReactNode, StrictMode, startTransition, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { buildPartsAfterFirstPaint } from './components/after-first-paint'
import { startIslands } from './components/island'
import { ColorSchemeToggle } from './features/layout/color-scheme-toggle'
import { LanguageSwitch } from './features/layout/language-switch'
import { ReaderSide } from './features/reader/reader-side'
import { ReaderToc } from './features/reader/reader-toc'
import { ReaderTop } from './features/reader/reader-top'
import { createAppRouter } from './router'
import './styles.css'

/** Every island a prerendered page may hold (components/island.tsx), by the name it is marked with. */
const ISLANDS: Record<string, () => ReactNode> = {
  'color-scheme': ColorSchemeToggle,
  language: LanguageSwitch,
  'reader-toc': ReaderToc,
  'reader-top': ReaderTop,
  'reader-side': ReaderSide,
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')].flatMap((element) => {
  const Island = ISLANDS[element.dataset.island ?? '']
  return Island ? [{ element, Island }] : []
})

/** Ends the current task, so the browser can paint and take input before the next step runs. */
function nextTask(): Promise<void> {
  // Prioritized task scheduling (Chromium 129+) resumes ahead of other tasks; elsewhere, a timeout.
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * The whole stylesheet, which a prerendered page links for print so that it does not hold the
 * first paint (its first screen's rules are inline: scripts/prerender.mjs). Applies it to the
 * screen and resolves once it has loaded, then drops the inline rules, which it repeats: kept, they
 * would double the work of every restyle (a theme's lens). If it fails to load, they stay.
 */
async function wholeStylesheet(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-whole-stylesheet]')
  if (!link) return
  link.media = 'all'
  const loaded =
    link.sheet !== null ||
    (await new Promise<boolean>((resolve) => {
      link.addEventListener('load', () => resolve(true), { once: true })
      link.addEventListener('error', () => resolve(false), { once: true })
    }))
  if (loaded) document.querySelector('style[data-first-screen]')?.remove()
}

let unhydrated = islands.length
let allHydrated = () => {}
const hydrated = new Promise<void>((resolve) => {
  allHydrated = resolve
})
/** Marks `<html data-hydrated>` once every island has hydrated: the page's readiness signal. */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    unhydrated -= 1
    if (unhydrated === 0) {
      document.documentElement.dataset.hydrated = ''
      allHydrated()
    }
  }, [])
  return children
}

/**
 * A prerendered page: its HTML is the page, and only its islands become React roots, so the work
 * of hydrating does not grow with the article. The router's own root, rendered off-page, keeps the
 * URL state (search params, Back and Forward) for them all. Each step is a task of its own (the
 * router, matching the URL, each island's hydration), so none holds the main thread for long on
 * a slow phone.
 */
async function hydrateIslands() {
  // The whole stylesheet first: a deep link's target is brought into view with the styles it will keep.
  await wholeStylesheet()
  const parts = buildPartsAfterFirstPaint(nextTask)
  startIslands()
  await nextTask()
  const router = createAppRouter()
  await nextTask()
  await router.load().catch(() => {})
  await nextTask()
  const host = document.createElement('div')
  host.hidden = true
  document.body.append(host)
  const routerRoot = createRoot(host)
  // As a transition, the router's own render yields to the browser too (a plain render is one task).
  startTransition(() => routerRoot.render(<RouterProvider router={router} />))
  for (const { element, Island } of islands) {
    await nextTask()
    // As a transition, hydration also yields to the browser inside an island.
    startTransition(() => {
      hydrateRoot(
        element,
        <RouterContextProvider router={router}>
          <Hydrated>
            <Island />
          </Hydrated>
        </RouterContextProvider>,
      )
    })
  }
  await hydrated
  await parts.rest()
}

if (islands.length > 0) {
  hydrateIslands()
} else {
  // `npm run dev` serves index.html without prerendering: render the whole page.
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  )
}

// Which build's code runs, beside the page's own <html data-build> (written at prerender): the two
// always agree, since a page names its scripts by their hashes; a test checks it across builds.
document.documentElement.dataset.scriptBuild = __BUILD_ID__

// Offline reading after the first visit, and a notice when a newer build is published while the
// page is open: scripts/service-worker.mjs writes /sw.js after the pages are prerendered. Loaded
// after the page, so the initial JavaScript stays small; a failure (private mode, an old browser)
// leaves the site working online.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    import('./features/updates/site-updates').then((updates) => updates.watchForUpdates()).catch(() => {})
  })
}
