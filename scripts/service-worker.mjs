#!/usr/bin/env node
// Build step 4 (after prerendering): writes the offline service worker, sw.js, with workbox-build.
// It runs after the prerenderer because the pages readers open offline are the prerendered HTML,
// which `vite build` (and so vite-plugin-pwa) never sees.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { generateSW } from 'workbox-build'

const outDir = resolve(process.env.DIST_DIR ?? 'dist')

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  // The pages, the code (lazy chunks included, so a claim's context opens offline), the styles,
  // the icons and the manifest. Not `_headers`, the Vite manifest or the server build.
  globPatterns: ['*.html', 'assets/**/*.{js,css}', '*.{svg,png,webmanifest,txt}'],
  globIgnores: ['server/**', '.vite/**'],
  swDest: join(outDir, 'sw.js'),
  // Workbox skips files over 2 MB by default; the article page must be precached whatever its
  // length (the 100× benchmark article is 8 MB), or offline reading silently stops.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  // Each entry's revision is a hash of its content, so the prerendered HTML (which changes with
  // every build) and any changed file are fetched anew by the next build's worker. The new worker
  // waits until no tab uses the old one, then removes the old precache: a tab never mixes the
  // HTML of one build with the code of another.
  cleanupOutdatedCaches: true,
  skipWaiting: false,
  clientsClaim: false,
  // Hashed file names already change with their content: no cache-busting query needed.
  dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\.(?:js|css)$/,
  // `/?claim=…` and `/?theme=…` are the one prerendered `/` (the app applies them after
  // hydration), so the worker looks pages up without their query. `/sources` finds sources.html (workbox's cleanURLs, on by default).
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // One file, no importScripts: nothing else for the CSP to allow or the host to serve.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
})
for (const warning of warnings) console.warn(`service-worker: ${warning}`)
const worker = readFileSync(join(outDir, 'sw.js'), 'utf8')
for (const page of ['index.html', 'sources.html']) {
  if (!new RegExp(`url:\\s*"${page.replace('.', '\\.')}"`).test(worker)) {
    console.error(`service-worker: ${page} is not precached; was the site prerendered first?`)
    process.exit(1)
  }
}
console.log(`service-worker: sw.js precaches ${count} files (${(size / 1024).toFixed(1)} KB)`)
