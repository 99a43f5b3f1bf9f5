#!/usr/bin/env node
// Build step 3 of 3 (after the client and server builds, which validate the content): renders every
// route to static HTML inside index.html's shell, inlines the CSS, adds each page's meta tags and
// Content-Security-Policy, and writes `_headers` for static hosts and `vite preview`. Runs once per
// edition (SITE_LANG, scripts/build.mjs): English pages in dist/, Spanish ones in dist/es/, each
// with its language, its self canonical and both editions' addresses (hreflang en, es, x-default).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { criticalCss } from './critical-css.mjs'
import {
  contentSecurityPolicy,
  escapeAttribute,
  headersFile,
  inlineBodies,
  sha256Source,
  staticSecurityHeaders,
} from './csp.mjs'
import { siteOrigin as readSiteOrigin } from './site-config.mjs'

const siteDir = resolve(process.env.DIST_DIR ?? 'dist')
const lang = process.env.SITE_LANG === 'es' ? 'es' : 'en'
/** Where this edition's pages and code are: dist/ for English, dist/es/ for Spanish. */
const outDir = lang === 'es' ? join(siteDir, 'es') : siteDir
/** The address prefix of each edition's pages. */
const EDITION_PATH = { en: '', es: '/es' }
const OG_LOCALE = { en: 'en_GB', es: 'es_MX' }
const fail = (message) => {
  console.error(`prerender: ${message}`)
  process.exit(1)
}

// Canonical and Open Graph URLs must be absolute: SITE_URL at build time (see site-config.mjs).
let siteOrigin
try {
  siteOrigin = readSiteOrigin()
} catch (error) {
  fail(error.message)
}

const serverEntry = join(outDir, 'server', 'entry-server.js')
if (!existsSync(serverEntry)) fail(`${serverEntry} is missing; run the client and server builds first`)
const server = await import(pathToFileURL(serverEntry).href)
// The site's name and descriptions are the article's (site.yaml in its content folder).
const site = server.site()
const SITE_NAME = site.name
// The page texts in this edition's words (ui.yaml), and whether the article has the other edition.
const texts = server.pageTexts()
const bilingual = server.bilingual

const template = readFileSync(join(outDir, 'index.html'), 'utf8')
// The client build's id (vite.config.ts): each page says on <html data-build> which build it is,
// as its scripts do, so a test (or a reader's bug report) can tell that both come from one build.
const buildFile = join(outDir, '.vite', 'build.json')
if (!existsSync(buildFile)) fail(`${buildFile} is missing; run the client build first`)
const build = JSON.parse(readFileSync(buildFile, 'utf8'))
for (const marker of ['<!--app-html-->', '<!--app-head-->', '<meta charset="UTF-8" />', `<html lang="${lang}">`]) {
  if (!template.includes(marker)) fail(`${join(outDir, 'index.html')} has no ${marker}: was it prerendered already?`)
}
const defaultDescription = template.match(/<meta name="description" content="([^"]*)"/)?.[1]
if (!defaultDescription) fail('index.html has no meta description')

// The first screen's rules inline; the whole stylesheet at the end of the body, fetched without
// holding the first paint (scripts/critical-css.mjs). A stylesheet pending in the body can hold the
// first paint in Chromium, so it is linked for print, which the screen never waits for, and the
// page's script applies it to the screen, hydrating nothing before it has loaded (main.tsx):
// nothing the scripts show is ever unstyled. Without JavaScript it is an ordinary stylesheet. It is
// one file for every page, cached once.
//
// If the page's script never runs where JavaScript is on (its file failed to load, or the browser
// is too old for modules), this inline script does its first two jobs after 8 s: the whole
// stylesheet on screen, and the parts after the article built from their <noscript> text (the
// page's own markup). It does nothing once the script has run (`<html data-script-build>`), and
// what it does, the script would find done. Hashed into the CSP like every inline script.
const WITHOUT_THE_APP =
  "setTimeout(function(){var d=document;if(d.documentElement.hasAttribute('data-script-build'))return;" +
  "var l=d.querySelector('link[data-whole-stylesheet]');if(l)l.media='all';" +
  "d.querySelectorAll('noscript[data-after-first-paint]').forEach(function(n){" +
  "var t=d.createElement('template');t.innerHTML=n.textContent;n.parentNode.replaceChild(t.content,n)})},8000)"
function splitCss(html) {
  const links = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)]
  if (links.length !== 1) fail(`index.html should link one stylesheet, not ${links.length}`)
  const [link, href] = links[0]
  const css = readFileSync(join(siteDir, href), 'utf8')
  const critical = criticalCss(
    css,
    html.replace(link, () => ''),
  )
  const whole = [
    `<link rel="stylesheet" href="${href}" media="print" data-whole-stylesheet>`,
    `<noscript><link rel="stylesheet" href="${href}"></noscript>`,
    `<script>${WITHOUT_THE_APP}</script>`,
  ].join('\n    ')
  return html
    .replace(link, () => `<style data-first-screen>${critical}</style>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, () => `  ${whole}\n  </body>`)
}

/** Title and description are escaped HTML text; `null` keeps index.html's. */
// `path` is the page's address in either edition, without the edition's prefix.
const pages = [
  { path: '/', file: 'index.html', status: 200, title: null, description: null },
  {
    path: '/sources',
    file: 'sources.html',
    status: 200,
    title: `${texts.sourcesTitle} — ${SITE_NAME}`,
    description: site.sourcesDescription,
  },
  {
    path: '/404',
    file: '404.html',
    status: 404,
    title: `${texts.notFoundTitle} — ${SITE_NAME}`,
    description: texts.notFoundDescription,
  },
]
/** A page's absolute address in one edition: `/` and `/es/`, `/sources` and `/es/sources`. */
const addressIn = (edition, path) =>
  `${siteOrigin}${EDITION_PATH[edition]}${path === '/' && edition !== 'en' ? '/' : path}`
const editions = bilingual ? ['en', 'es'] : [lang]

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unescapeHtml = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** Canonical, Open Graph and Twitter card tags; the 404 page asks not to be indexed instead. */
function headTags(page, title, description) {
  const attr = escapeAttribute
  if (page.status !== 200) return '<meta name="robots" content="noindex" />'
  const url = addressIn(lang, page.path)
  // Each edition's address, this one's included, and English for a reader whose language is neither.
  const alternates = bilingual
    ? [
        ...editions.map(
          (edition) => `<link rel="alternate" hreflang="${edition}" href="${attr(addressIn(edition, page.path))}" />`,
        ),
        `<link rel="alternate" hreflang="x-default" href="${attr(addressIn('en', page.path))}" />`,
      ]
    : []
  return [
    `<link rel="canonical" href="${attr(url)}" />`,
    ...alternates,
    `<meta property="og:type" content="${page.path === '/' ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="${attr(SITE_NAME)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}" />`,
    ...editions
      .filter((edition) => edition !== lang)
      .map((edition) => `<meta property="og:locale:alternate" content="${OG_LOCALE[edition]}" />`),
    `<meta property="og:title" content="${attr(title)}" />`,
    `<meta property="og:description" content="${attr(description)}" />`,
    `<meta property="og:url" content="${attr(url)}" />`,
    '<meta name="twitter:card" content="summary" />',
    `<meta name="twitter:title" content="${attr(title)}" />`,
    `<meta name="twitter:description" content="${attr(description)}" />`,
  ].join('\n    ')
}

const allScriptHashes = []
const allStyleHashes = []
const allStyleAttributeHashes = []
for (const page of pages) {
  const url = `${EDITION_PATH[lang]}${page.path === '/' && lang !== 'en' ? '/' : page.path}`
  const { html, status } = await server.render(url)
  if (status !== page.status) fail(`${url} answered ${status}, expected ${page.status}`)
  let doc = template
    .replace('<!--app-html-->', () => html)
    .replace(`<html lang="${lang}">`, () => `<html lang="${lang}" data-build="${escapeAttribute(build.id)}">`)
  if (page.title) doc = doc.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
  if (page.description) {
    doc = doc.replace(
      /<meta name="description" content="[^"]*"/,
      () => `<meta name="description" content="${escapeAttribute(page.description)}"`,
    )
  }
  const title = page.title ?? unescapeHtml(doc.match(/<title>([^<]*)<\/title>/)?.[1] ?? SITE_NAME)
  const description = page.description ?? unescapeHtml(defaultDescription)
  doc = doc.replace('<!--app-head-->', () => headTags(page, title, description))
  if (lang === 'es') doc = doc.replace('href="/manifest.webmanifest"', 'href="/es/manifest.webmanifest"')
  // Structured data for search engines: a data block, never executed, so script-src does not
  // govern it (its hash joins the policy below like any inline script, harmlessly). At the end of
  // the body, not in the head: its ~16 KB would otherwise arrive before the first line of text.
  if (page.path === '/') {
    const jsonLd = await server.structuredData({ origin: siteOrigin, name: SITE_NAME })
    doc = doc.replace(
      /<\/body>(?![\s\S]*<\/body>)/,
      () => `  <script type="application/ld+json">${jsonLd}</script>\n  </body>`,
    )
  }
  doc = splitCss(doc)

  // Hash every inline script and style exactly as written: the router's dehydration scripts carry
  // a timestamp, so these differ per page and per build. The <meta> policy comes first in <head>,
  // before any script, or it would not govern them.
  const { scripts, styles, styleAttributes } = inlineBodies(doc)
  const scriptHashes = scripts.map(sha256Source)
  const styleHashes = styles.map(sha256Source)
  const styleAttributeHashes = styleAttributes.map(sha256Source)
  allScriptHashes.push(...scriptHashes)
  allStyleHashes.push(...styleHashes)
  allStyleAttributeHashes.push(...styleAttributeHashes)
  const policy = contentSecurityPolicy({ scriptHashes, styleHashes, styleAttributeHashes, delivery: 'meta' })
  doc = doc.replace(
    '<meta charset="UTF-8" />',
    () =>
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`,
  )

  writeFileSync(join(outDir, page.file), doc)
  console.log(
    `prerender: ${url} -> ${relative(siteDir, join(outDir, page.file))} (${(Buffer.byteLength(doc) / 1024).toFixed(1)} KB)`,
  )
}

// This edition's inline code, kept beside its build: the site's one header policy allows both editions'.
const cspFile = (dir) => join(dir, '.vite', 'csp.json')
writeFileSync(
  cspFile(outDir),
  JSON.stringify({ scripts: allScriptHashes, styles: allStyleHashes, styleAttributes: allStyleAttributeHashes }),
)
for (const dir of lang === 'es' ? [siteDir] : []) {
  if (!existsSync(cspFile(dir))) continue
  const other = JSON.parse(readFileSync(cspFile(dir), 'utf8'))
  allScriptHashes.push(...other.scripts)
  allStyleHashes.push(...other.styles)
  allStyleAttributeHashes.push(...other.styleAttributes)
}

// The Spanish edition's web app manifest: the English one's, in Spanish, installed from and kept to /es/.
if (lang === 'es') {
  const english = JSON.parse(readFileSync(join(siteDir, 'manifest.webmanifest'), 'utf8'))
  const { screenshots: _screenshots, ...rest } = english
  const manifest = {
    ...rest,
    name: texts.manifestName,
    short_name: texts.manifestShortName,
    description: site.description,
    lang: 'es',
    id: '/es/',
    start_url: '/es/',
    scope: '/es/',
  }
  writeFileSync(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`)
}

// One header policy for every path allows the inline code of every page; each page's own <meta>
// policy narrows it to that page's code (a browser enforces both).
const headerPolicy = contentSecurityPolicy({
  scriptHashes: allScriptHashes,
  styleHashes: allStyleHashes,
  styleAttributeHashes: allStyleAttributeHashes,
  delivery: 'header',
})
mkdirSync(siteDir, { recursive: true })
writeFileSync(
  join(siteDir, '_headers'),
  headersFile({ 'Content-Security-Policy': headerPolicy, ...staticSecurityHeaders }),
)
console.log(`prerender: _headers (CSP with ${new Set(allScriptHashes).size} script hashes)`)

// The build's id and the explainer's updated date, for the service worker (scripts/service-worker.mjs).
writeFileSync(buildFile, `${JSON.stringify({ id: build.id, updated: server.publication.updated })}\n`)

// The server bundle is a build tool, not something to deploy.
rmSync(join(outDir, 'server'), { recursive: true, force: true })
