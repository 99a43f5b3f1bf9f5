#!/usr/bin/env node
// Build step 4 (after prerendering): writes the service worker, sw.js, from
// scripts/service-worker-source.js, with the list of files to keep offline (workbox-build's
// getManifest: each file's URL and a hash of its content) and this build's id and updated date.
// It runs after the prerenderer because the pages readers open offline are the prerendered HTML,
// which `vite build` never sees.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getManifest } from 'workbox-build'

const outDir = resolve(process.env.DIST_DIR ?? 'dist')
const fail = (message) => {
  console.error(`service-worker: ${message}`)
  process.exit(1)
}

const { manifestEntries, count, size, warnings } = await getManifest({
  globDirectory: outDir,
  // The pages, the code (lazy chunks included, so a claim's context opens offline), the styles,
  // the icons and the manifest. Not `_headers`, the Vite manifest or the server build.
  // Both editions: the Spanish one's pages, code and manifest are under es/.
  globPatterns: [
    '*.html',
    'assets/**/*.{js,css}',
    '*.{svg,png,webmanifest,txt}',
    'es/*.{html,webmanifest}',
    'es/assets/**/*.{js,css}',
  ],
  globIgnores: ['server/**', '.vite/**'],
  // Workbox skips files over 2 MB by default; the article page must be kept whatever its length
  // (the 100× benchmark article is 8 MB), or offline reading silently stops.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  // Hashed file names already change with their content: they get no revision, and the worker
  // keeps them by name across builds.
  dontCacheBustURLsMatching: /^(?:es\/)?assets\/.+-[\w-]{8}\.(?:js|css)$/,
})
for (const warning of warnings) console.warn(`service-worker: ${warning}`)
const spanish = existsSync(join(outDir, 'es', 'index.html'))
for (const page of ['index.html', 'sources.html', ...(spanish ? ['es/index.html', 'es/sources.html'] : [])]) {
  if (!manifestEntries.some((entry) => entry.url === page)) {
    fail(`${page} is not in ${outDir}; was the site prerendered first?`)
  }
}
const build = JSON.parse(readFileSync(join(outDir, '.vite', 'build.json'), 'utf8'))
if (!/^\d{4}-\d{2}-\d{2}$/.test(build.updated ?? '')) fail(`${outDir}/.vite/build.json has no updated date`)

const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'service-worker-source.js'), 'utf8')
const files = manifestEntries.map(({ url, revision }) => ({ url, revision }))
const worker = source
  .replace('self.__BUILD__', () => JSON.stringify({ id: build.id, updated: build.updated }))
  .replace('self.__WB_MANIFEST', () => JSON.stringify(files))
if (worker.includes('self.__BUILD__') || worker.includes('self.__WB_MANIFEST')) fail('the source was not filled in')
writeFileSync(join(outDir, 'sw.js'), worker)
console.log(`service-worker: sw.js keeps ${count} files offline (${(size / 1024).toFixed(1)} KB), build ${build.id}`)
