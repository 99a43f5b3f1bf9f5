// The site's security policy, in one place: scripts/prerender.mjs puts it into every page (as a
// <meta> tag) and into `_headers`, which static hosts and `vite preview` send with every response.
// Plain ESM so the prerenderer runs it under Node 20 without a build; types are in csp.d.mts.
import { createHash } from 'node:crypto'

/** The CSP source expression for a script or style body: 'sha256-<base64>' of its exact text. */
export function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Bodies of the inline `<script>` and `<style>` elements of an HTML page, in document order, and
 * the values of its `style` attributes (as the browser reads them, entities decoded). Scripts
 * with a `src` are external (allowed by 'self') and are left out.
 */
export function inlineBodies(html) {
  const scripts = []
  const styles = []
  const styleAttributes = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(match[1] ?? '')) scripts.push(match[2] ?? '')
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(match[1] ?? '')
  // Attributes inside tags only: text between tags cannot hold a `<` that starts one.
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)) {
    for (const match of tag[0].matchAll(/\sstyle="([^"]*)"/gi)) styleAttributes.push(decodeEntities(match[1] ?? ''))
  }
  return { scripts, styles, styleAttributes }
}

/** Decodes the character references React and browsers write in attribute values. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);/gi, (entity, name) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10))
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[lower] ?? entity
  })
}

/**
 * The Content-Security-Policy for pages whose inline scripts and styles hash to the given sources.
 *
 * - script-src: 'self' plus one hash per inline script (the color-scheme script in index.html and
 *   the router's dehydration scripts, which change with every build). Never 'unsafe-inline' or
 *   'unsafe-eval': text injected into a page cannot run.
 * - style-src: 'self', the hash of the inlined stylesheet and, with 'unsafe-hashes', the hash of
 *   each `style="…"` attribute the prerendered markup holds (e.g. the reading-progress bar's
 *   initial transform). Not 'unsafe-inline': injected CSS can exfiltrate text through selectors
 *   and URLs, and nothing here needs it. After hydration React sets styles through the CSSOM,
 *   which CSP does not govern, so only markup-time attributes need a hash.
 * - worker-src 'self' for the offline service worker; connect-src 'self' for the lazy chunks and
 *   the worker's fetches; img-src allows data: URLs for icons drawn in CSS.
 * - frame-ancestors is ignored (with a console error) in a <meta> policy, so it goes in the header
 *   only; form-action and base-uri close the remaining injection routes that default-src misses.
 */
export function contentSecurityPolicy({ scriptHashes = [], styleHashes = [], styleAttributeHashes = [], delivery }) {
  const attributeHashes = unique(styleAttributeHashes)
  const directives = [
    ["default-src 'self'"],
    ["script-src 'self'", ...unique(scriptHashes)],
    [
      "style-src 'self'",
      ...unique(styleHashes),
      ...(attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : []),
    ],
    ["img-src 'self' data:"],
    ["font-src 'self'"],
    ["connect-src 'self'"],
    ["worker-src 'self'"],
    ["manifest-src 'self'"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'self'"],
  ]
  if (delivery === 'header') directives.push(["frame-ancestors 'none'"])
  else if (delivery !== 'meta')
    throw new Error(`contentSecurityPolicy: delivery must be "meta" or "header", not ${delivery}`)
  return directives.map((parts) => parts.join(' ')).join('; ')
}

/** The headers every response carries besides the CSP. */
export const staticSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // Sources link to news sites: they learn the reader came from this site, never which page or state.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The reader needs none of these; denying them stops any embedded or injected code asking.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** A `_headers` file (Netlify and Cloudflare Pages format) giving every path these headers. */
export function headersFile(headers) {
  const lines = ['/*']
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`headersFile: header ${name} spans lines`)
    lines.push(`  ${name}: ${value}`)
  }
  return `${lines.join('\n')}\n`
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function unique(values) {
  return [...new Set(values)]
}
