// The service worker this project shipped before pages went to the network first: workbox's
// generateSW with every page precached and served from the cache, the next build's worker waiting
// until no tab used the old one. Kept to measure against (scripts/worker-paint.mjs) and to test the
// move from it (tests/e2e/offline.spec.ts): its readers' tabs must keep working after the change.
import { join } from 'node:path'
import { generateSW } from 'workbox-build'

/** Writes that worker into `dir` (a built site) as sw.js. */
export async function writeCacheFirstWorker(dir) {
  await generateSW({
    globDirectory: dir,
    globPatterns: ['*.html', 'assets/**/*.{js,css}', '*.{svg,png,webmanifest,txt}'],
    globIgnores: ['server/**', '.vite/**'],
    swDest: join(dir, 'sw.js'),
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.(?:js|css)$/,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  })
}
