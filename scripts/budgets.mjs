#!/usr/bin/env node
// Size budgets for the production build: prints each figure against its limit and exits 1 if
// any is over. Sizes are gzip level 9 of the files as built.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parsersIn } from './parser-signatures.mjs'

const outDir = resolve(process.env.DIST_DIR ?? 'dist')
const KB = 1024
// HTML: the page carries the whole record for readers without JavaScript and for paper (every
// claim's note with its ruling, dates, sources and chart, the timeline, who's who); the parts
// below the first screen cost no layout before the first paint (content-visibility), and the
// name cards are popovers, hidden until opened (about 2 KB with the names' marks). JS: the names'
// marks in the text and the ?who= lens ship up front (about 1.1 KB); the cards' listeners and the
// walk through a name's mentions are chunks loaded later.
const budgets = { js: 106 * KB, css: 15 * KB, html: 41 * KB }

const gzipSize = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))

/** The entry chunk and every chunk it imports statically: what `/` loads before it is interactive. */
function initialChunks() {
  const seen = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) return
    seen.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  return [...seen]
}

const cssFiles = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))]
const rows = [
  { what: 'initial JS', files: initialChunks(), limit: budgets.js },
  { what: 'CSS', files: cssFiles, limit: budgets.css },
  { what: 'HTML of /', files: ['index.html'], limit: budgets.html },
]

let failed = false
console.log('budget       size (gzip)   limit     files')
for (const row of rows) {
  const size = row.files.reduce((sum, file) => sum + gzipSize(file), 0)
  const over = size > row.limit
  failed ||= over
  console.log(
    `${row.what.padEnd(12)} ${(size / KB).toFixed(1).padStart(7)} KB ${(row.limit / KB).toFixed(0).padStart(6)} KB  ${over ? 'OVER ' : ''}${row.files.join(', ')}`,
  )
}
// No chunk the browser can load holds a Markdown or YAML parser or the content schema: content is
// parsed and checked at build and arrives as plain data.
const chunks = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'))
const leaks = chunks.flatMap((file) =>
  parsersIn(readFileSync(join(outDir, 'assets', file), 'utf8')).map((name) => `${file}: ${name}`),
)
console.log(`parsers     ${leaks.length === 0 ? `none in ${chunks.length} JS chunks` : `FOUND ${leaks.join('; ')}`}`)
failed ||= leaks.length > 0

if (failed) {
  console.error('Size budget exceeded, or a build-time parser is in the bundle.')
  process.exit(1)
}
