// The service worker, as written by hand; scripts/service-worker.mjs fills in BUILD and FILES
// after the prerender and writes the result to dist/sw.js. No imports: one file for the CSP to
// allow and the host to serve.
//
// Pages go to the network first, so a correction reaches a returning reader on their next load;
// the copy kept on this device answers only when the network does not (offline, or no answer in
// NAVIGATION_TIMEOUT_MS). Scripts and styles have hashed names, so a page always asks for its own
// build's files, and those are kept on this device: this build's are fetched at install, and
// those of the builds before it stay for the tabs that still run them (KEPT_BUILDS).

/** This build: its id (an ISO time, so later builds sort after) and the explainer's updated date. */
const BUILD = self.__BUILD__
/** Every file to keep offline, `{ url, revision }`; a hashed file under assets/ has no revision. */
const FILES = self.__WB_MANIFEST

/**
 * How long a page waits for the network's answer (its headers) before the copy on this device
 * is shown. On a slow 3G link (400 ms round trips) a fresh connection answers in about 1.6 s (DNS,
 * TCP, TLS and the request, one round trip each); a network slower than that is failing, and the
 * reader reads sooner from the copy. With a warm connection the answer comes in one round trip.
 */
const NAVIGATION_TIMEOUT_MS = 2000
/** How many builds' scripts and styles stay on this device: this one and the two before it. */
const KEPT_BUILDS = 3
/** Hashed scripts and styles of every kept build, by URL (a hashed URL never changes content). */
const ASSETS = 'assets'
/** One cache per build: its pages, icons and manifest, and the list of its hashed files. */
const BUILD_PREFIX = 'build '
const buildCache = `${BUILD_PREFIX}${BUILD.id}`
/** Where a build's cache lists that build's hashed files, for pruning. */
const ASSET_LIST = '/.build-assets'

const absolute = (url) => new URL(url, self.location.origin).href
// A host may answer `Vary: Origin` (vite preview does), and a module script's request carries an
// Origin that the worker's own fetch did not: a kept file is the same file either way.
const MATCH = { ignoreVary: true }
/** A list as a response, to keep in a cache (Response.json is newer than some browsers we serve). */
const jsonResponse = (value) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } })

self.addEventListener('install', (event) => {
  // A failed install leaves nothing behind: the browser tries again at its next look.
  event.waitUntil(
    install().catch(async (error) => {
      await caches.delete(buildCache)
      throw error
    }),
  )
})

async function install() {
  const [assets, pages] = await Promise.all([caches.open(ASSETS), caches.open(buildCache)])
  const hashed = FILES.filter((file) => file.revision === null).map((file) => absolute(file.url))
  await Promise.all(
    FILES.map(async (file) => {
      const url = absolute(file.url)
      if (file.revision === null) {
        // Kept from an earlier build (or fetched by a page already): the same name is the same file.
        if (await assets.match(url, MATCH)) return
        await assets.put(url, await download(url))
        return
      }
      const response = await download(url)
      if (url.endsWith('.html')) {
        // The host may already serve a newer build than this worker's: its pages would ask for
        // scripts this worker does not keep. Fail, and that build's own worker installs instead.
        const html = await response.clone().text()
        if (!html.includes(`data-build="${BUILD.id}"`)) throw new Error(`${file.url} is not of build ${BUILD.id}`)
      }
      await pages.put(url, response)
    }),
  )
  await pages.put(absolute(ASSET_LIST), jsonResponse(hashed))
  // Before this worker can answer a request: once it takes over, an old tab's lazy chunks come
  // from here, and the host no longer has them.
  await adoptWorkboxPrecache()
  // A page of an older build keeps working under this worker (its hashed files stay), so there is
  // no reason to wait: offline, a reader gets the newest build they have loaded.
  await self.skipWaiting()
}

/** The file from the network, bypassing the HTTP cache; anything but a 200 fails the install. */
async function download(url) {
  const response = await fetch(url, { cache: 'reload' })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response
}

self.addEventListener('activate', (event) => {
  event.waitUntil(activate())
})

async function activate() {
  // The page's request starts while this worker boots, not after.
  await self.registration.navigationPreload?.enable()
  await dropWorkboxPrecache()
  await prune()
  // The first visit's tab too: its lazy chunks then come from this device if the network drops.
  await self.clients.claim()
}

/**
 * The worker before this one (workbox's, scripts/cache-first-worker.mjs) kept its files in one
 * precache, which this worker does not read. Its hashed files are copied to ASSETS at install,
 * listed like a build older than any of ours (so they are pruned in turn), for the tabs it served:
 * their lazy chunks are no longer on the host. Its precache stays until this worker activates,
 * since that worker still answers those tabs until then.
 */
async function adoptWorkboxPrecache() {
  const assets = await caches.open(ASSETS)
  for (const name of await caches.keys()) {
    if (!name.includes('-precache-')) continue
    const precache = await caches.open(name)
    const adopted = []
    for (const request of await precache.keys()) {
      const url = new URL(request.url)
      // Workbox keys a file without a hash in its name by a revision in the query: not these.
      if (!isAsset(url) || url.search) continue
      const response = await precache.match(request, MATCH)
      if (response && !(await assets.match(request, MATCH))) await assets.put(request, response)
      adopted.push(request.url)
    }
    await (await caches.open(`${BUILD_PREFIX}0 workbox`)).put(absolute(ASSET_LIST), jsonResponse(adopted))
  }
}

/** Deletes workbox's precache, whose hashed files were copied at install. */
async function dropWorkboxPrecache() {
  for (const name of await caches.keys()) if (name.includes('-precache-')) await caches.delete(name)
}

/** Deletes builds older than the kept ones, and every hashed file no kept build lists. */
async function prune() {
  const names = await caches.keys()
  const builds = names
    .filter((name) => name.startsWith(BUILD_PREFIX))
    .sort()
    .reverse()
  const kept = new Set([buildCache, ...builds.slice(0, KEPT_BUILDS)])
  const listed = new Set()
  for (const name of names) {
    if (name.startsWith(BUILD_PREFIX) && !kept.has(name)) {
      await caches.delete(name)
    }
  }
  for (const name of kept) {
    const list = await (await caches.open(name)).match(absolute(ASSET_LIST), MATCH)
    for (const url of list ? await list.json() : []) listed.add(url)
  }
  const assets = await caches.open(ASSETS)
  for (const request of await assets.keys()) {
    if (!listed.has(request.url)) await assets.delete(request)
  }
}

/** The tabs (client ids) whose page came from the copy on this device, so each can say so. */
const servedKept = new Set()

self.addEventListener('message', (event) => {
  // A page asks which build this worker serves (to tell its reader when a newer one was
  // published) and whether the page itself came from the copy on this device.
  if (event.data?.type === 'build?') event.ports[0]?.postMessage({ ...BUILD, kept: servedKept.has(event.source?.id) })
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event, url))
  } else if (isAsset(url)) {
    event.respondWith(asset(request))
  } else {
    event.respondWith(
      caches.match(request, { ...MATCH, cacheName: buildCache }).then((cached) => cached ?? fetch(request)),
    )
  }
})

/** Whether a URL is a hashed file of either edition's build (/assets/…, /es/assets/…). */
function isAsset(url) {
  return /^\/(es\/)?assets\//.test(url.pathname)
}

/**
 * The page this build keeps for a path: `/` and `/?claim=…` are index.html, `/sources`
 * sources.html; `/es/` and `/es/sources` the Spanish edition's.
 */
function keptPage(url) {
  const path = url.pathname.endsWith('/')
    ? `${url.pathname}index.html`
    : url.pathname.endsWith('.html')
      ? url.pathname
      : `${url.pathname}.html`
  return caches.match(absolute(path), { ...MATCH, cacheName: buildCache })
}

/** The network's page if it answers in time, else this device's copy, else whatever comes. */
async function navigate(event, url) {
  const network = (async () => (await event.preloadResponse) ?? fetch(event.request))()
  // When the copy answers first, the network's answer is still awaited (and dropped), so the
  // browser does not cancel the preload request and warn about it.
  event.waitUntil(network.catch(() => {}))
  let timer
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve('late'), NAVIGATION_TIMEOUT_MS)
  })
  try {
    const answer = await Promise.race([network, late])
    if (answer !== 'late') return answer
  } catch {
    // Offline: the kept copy below.
  } finally {
    clearTimeout(timer)
  }
  const kept = await keptPage(url)
  if (kept) {
    if (event.resultingClientId) servedKept.add(event.resultingClientId)
    return kept
  }
  // Nothing kept for this path: the network's answer when it comes (or the browser's error page).
  return network.catch(() => Response.error())
}

/** A hashed file: from this device if kept, else from the network, then kept. */
async function asset(request) {
  const assets = await caches.open(ASSETS)
  const cached = await assets.match(request, MATCH)
  if (cached) return cached
  const response = await fetch(request)
  // A page newer than this worker (published while it was installed) asks for files it does not
  // list yet; keep them, so the page works offline too. The next build's prune lists them or not.
  if (response.ok) await assets.put(request, response.clone())
  return response
}
