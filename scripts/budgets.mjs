#!/usr/bin/env node
// Size budgets for the production build, for each edition (English in dist/, Spanish in dist/es/):
// prints each figure against its limit, and exits 1 if any is over, if the two editions' initial
// JavaScript differ by more than 1 KB, or if one edition's code carries the other's interface
// strings. Sizes are gzip level 9 of the files as built.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { parse } from 'yaml'
import { withoutAfterPaintParts } from './critical-css.mjs'
import { inlineBodies } from './csp.mjs'
import { parsersIn } from './parser-signatures.mjs'

const siteDir = resolve(process.env.DIST_DIR ?? 'dist')
const contentDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const KB = 1024
// HTML: the page carries the whole record for readers without JavaScript and for paper (every
// claim's note with its ruling, dates, sources and chart, the timeline, who's who); the parts
// below the first screen cost no layout before the first paint (content-visibility), and the
// name cards are popovers, hidden until opened (about 2 KB with the names' marks). The Spanish
// page also carries each passage's English original (about 2 KB). JS: the names' marks in the
// text and the ?who= lens ship up front (about 1.1 KB), and the language switch (about 0.6 KB);
// the cards' listeners and the walk through a name's mentions are chunks loaded later. The code
// that applies the whole stylesheet and builds the parts after the first paint is about 0.7 KB.
// First screen: only its own rules are inline (scripts/critical-css.mjs); the page without the parts
// a browser with JavaScript builds after the first paint (components/after-first-paint.tsx) is
// what such a browser turns into elements before it.
const budgets = { js: 109 * KB, css: 15 * KB, html: 46 * KB, inlineCss: 6 * KB, firstPaintHtml: 20 * KB }
/** How far apart the two editions' initial JavaScript may be. */
const EDITION_SPREAD = 1 * KB

const editions = [
  { lang: 'en', dir: siteDir, ui: join(contentDir, 'ui.yaml') },
  { lang: 'es', dir: join(siteDir, 'es'), ui: join(contentDir, 'es', 'ui.yaml') },
].filter((edition) => existsSync(join(edition.dir, '.vite', 'manifest.json')))

/** The entry chunk and every chunk it imports statically: what a page loads before it is interactive. */
function initialChunks(manifest) {
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

let failed = false
const initialJs = {}
console.log('budget          size (gzip)   limit     files')
for (const { lang, dir } of editions) {
  const gzipSize = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'))
  const cssFiles = [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))]
  const page = readFileSync(join(dir, 'index.html'), 'utf8')
  const inline = inlineBodies(page).styles.join('')
  const beforePaint = withoutAfterPaintParts(page)
  const gzipText = (text) => gzipSync(Buffer.from(text), { level: 9 }).length
  const rows = [
    { what: 'initial JS', files: initialChunks(manifest), limit: budgets.js },
    { what: 'CSS', files: cssFiles, limit: budgets.css },
    { what: `HTML of ${lang === 'en' ? '/' : '/es/'}`, files: ['index.html'], limit: budgets.html },
    { what: 'inline CSS', files: ['index.html <style>'], size: gzipText(inline), limit: budgets.inlineCss },
    {
      what: 'HTML to paint',
      files: ['index.html without after-paint parts'],
      size: gzipText(beforePaint),
      limit: budgets.firstPaintHtml,
    },
  ]
  // Nothing but the first screen's inline rules may hold the first paint: the whole stylesheet is
  // linked for print (the script applies it) or inside <noscript>.
  const blocking = [...page.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').matchAll(/<link rel="stylesheet"[^>]*>/g)]
    .map((match) => match[0])
    .filter((link) => !link.includes('media="print"'))
  failed ||= blocking.length > 0
  console.log(`${lang} render-blocking stylesheets: ${blocking.length === 0 ? 'none' : `FOUND ${blocking.join(' ')}`}`)
  for (const row of rows) {
    const size = row.size ?? row.files.reduce((sum, file) => sum + gzipSize(file), 0)
    if (row.what === 'initial JS') initialJs[lang] = size
    const over = size > row.limit
    failed ||= over
    console.log(
      `${lang} ${row.what.padEnd(12)} ${(size / KB).toFixed(1).padStart(7)} KB ${(row.limit / KB).toFixed(0).padStart(6)} KB  ${over ? 'OVER ' : ''}${row.files.join(', ')}`,
    )
  }
}
if (initialJs.en !== undefined && initialJs.es !== undefined) {
  const spread = Math.abs(initialJs.en - initialJs.es)
  const over = spread > EDITION_SPREAD
  failed ||= over
  console.log(
    `initial JS, es − en: ${((initialJs.es - initialJs.en) / KB).toFixed(2)} KB (limit ±${EDITION_SPREAD / KB} KB)${over ? ' OVER' : ''}`,
  )
}

// Each edition's code holds its own language's interface strings and not the other's. The offer of
// the Spanish edition on the English page, and the switch's name of each language, are in Spanish
// on purpose in both (ui.yaml marks them the same in both files), so a text both files share is
// nobody's leak. Short texts ("Temas", "Cerrar") could occur by chance in code, so only texts of
// 12 characters or more are looked for, each as a whole string literal.
const textsOf = (file) =>
  new Set(Object.values(parse(readFileSync(file, 'utf8')) ?? {}).filter((text) => typeof text === 'string'))
const chunksOf = (dir) =>
  readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(dir, 'assets', file), 'utf8') }))
if (editions.length === 2) {
  const [en, es] = editions.map((edition) => textsOf(edition.ui))
  for (const [edition, other, otherTexts] of [
    [editions[0], 'es', es],
    [editions[1], 'en', en],
  ]) {
    const own = edition.lang === 'en' ? en : es
    const foreign = [...otherTexts].filter((text) => text.length >= 12 && !own.has(text) && !/\{\w+\}/.test(text))
    const leaks = chunksOf(edition.dir).flatMap(({ file, code }) =>
      foreign
        .filter((text) => {
          // As a whole string literal, however the bundler quotes it: a library's own "Something
          // went wrong!" is not our "Something went wrong".
          const body = JSON.stringify(text).slice(1, -1)
          return ['"', "'", '`'].some((quote) => code.includes(`${quote}${body}${quote}`))
        })
        .map((text) => `${file}: “${text}”`),
    )
    failed ||= leaks.length > 0
    console.log(
      `${edition.lang} strings of ${other}: ${leaks.length === 0 ? `none of ${foreign.length} in its code` : `FOUND ${leaks.slice(0, 5).join('; ')}`}`,
    )
  }
}

// No chunk the browser can load holds a Markdown or YAML parser or the content schema: content is
// parsed and checked at build and arrives as plain data.
for (const { lang, dir } of editions) {
  const chunks = chunksOf(dir)
  const leaks = chunks.flatMap(({ file, code }) => parsersIn(code).map((name) => `${file}: ${name}`))
  console.log(
    `${lang} parsers  ${leaks.length === 0 ? `none in ${chunks.length} JS chunks` : `FOUND ${leaks.join('; ')}`}`,
  )
  failed ||= leaks.length > 0
}

if (failed) {
  console.error('Size budget exceeded, the editions differ too much, or one carries the other’s words or a parser.')
  process.exit(1)
}
