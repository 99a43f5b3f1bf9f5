import { createRoot } from 'react-dom/client'
import { publication } from '../../content/publication'
import { SiteNotices } from './site-notices'

/**
 * What a service worker says of the build it serves (scripts/service-worker-source.js), and
 * whether it answered this page with the copy kept on this device (offline, or no answer in time).
 */
type WorkerBuild = { id: string; updated: string; kept?: boolean }

const isWorkerBuild = (value: unknown): value is WorkerBuild =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).id === 'string' &&
  typeof (value as Record<string, unknown>).updated === 'string'

/** The build the worker serves, or undefined if it does not say within a few seconds. */
function askBuild(worker: ServiceWorker): Promise<WorkerBuild | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(undefined), 5000)
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer)
      resolve(isWorkerBuild(event.data) ? event.data : undefined)
    }
    worker.postMessage({ type: 'build?' }, [channel.port2])
  })
}

// A tab may stay open for weeks (on a phone, for as long as it lives): look for a new build when
// the reader comes back to it, and every half hour while it is open. Each look fetches sw.js only.
const LOOK_EVERY_MS = 30 * 60 * 1000

/**
 * Registers the service worker (offline reading after the first visit) and tells the reader of
 * this page when a newer build is published, and when the page came from the copy on this
 * device. Loaded after the page's
 * load event, so none of it weighs on the first paint.
 */
export async function watchForUpdates() {
  // Offline, registering fails (it fetches sw.js) while the worker keeps serving: go on without it.
  const registration = navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  const container = document.getElementById('site-notices')
  if (!container) return
  const root = createRoot(container)
  let newer: WorkerBuild | undefined
  let dismissedBuild: string | undefined
  let fromDevice = false
  const render = () => {
    const update = newer && newer.id !== dismissedBuild ? newer : undefined
    root.render(
      <SiteNotices
        updatedTo={update?.updated}
        offlineVersion={fromDevice ? publication.updated : undefined}
        onReload={() => window.location.reload()}
        onDismissUpdate={() => {
          dismissedBuild = newer?.id
          render()
          document.getElementById('main')?.focus({ preventScroll: true })
        }}
        onDismissOffline={() => {
          fromDevice = false
          render()
          document.getElementById('main')?.focus({ preventScroll: true })
        }}
      />,
    )
  }

  // A new build's worker takes over at once (it keeps the older builds' scripts for open tabs):
  // the controller then serves a build newer than this page's.
  let askedOnce = false
  const compare = async () => {
    const worker = navigator.serviceWorker.controller
    const build = worker ? await askBuild(worker) : undefined
    if (!build) return
    if (build.kept && !askedOnce) fromDevice = true
    askedOnce = true
    if (build.id > __BUILD_ID__ && build.id !== newer?.id) newer = build
    render()
  }
  navigator.serviceWorker.addEventListener('controllerchange', compare)
  const look = () => registration.then((found) => found?.update()).catch(() => {})
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') look()
  })
  setInterval(look, LOOK_EVERY_MS)
  render()
  await compare()
}
