// A static host for the measuring scripts (lighthouse, bench, screenshots): it serves a built
// folder the way Netlify or Cloudflare Pages would, and every folder the same way, so an app and
// the plain page it is compared with differ only in their bytes. `vite preview` does not: it sends
// a folder's `_headers` only where there is one (the app's, not the plain page's), and it gzips
// each response on the fly into a chunked stream (README, "Speed, security and search").
//
// Here each file is gzipped once at level 9 and kept (as a host's CDN stores it), and sent with
// its Content-Length over a kept-alive connection, with one header set for every folder.
//
//   node scripts/static-server.mjs <folder> [port]    serves a folder by hand, on 127.0.0.1
import { readdir, readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { staticSecurityHeaders } from './csp.mjs'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}
// Images and fonts are compressed formats already; gzip would cost time and save nothing.
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/

/**
 * The headers every response carries, whatever the folder: the security headers of the app's
 * `_headers` without its CSP. That CSP allows the app's inline script and style by hash, so sent
 * with the plain page it would block the page's inline <style>, and sent with the app only it
 * would make the two responses differ by more than their bytes; the app's policy still reaches the
 * browser as its <meta> tag, which the page pays to parse. Cross-Origin-Opener-Policy is kept: a
 * host sends it with the app, and it makes Chromium start a new renderer process for the page
 * (0.4–0.8 s of LCP under Lighthouse here), a cost the plain page must share to be a fair yardstick.
 * `max-age=0, must-revalidate` is what Netlify and Cloudflare Pages send for pages and assets.
 */
const COMMON_HEADERS = { ...staticSecurityHeaders, 'Cache-Control': 'public, max-age=0, must-revalidate' }

/** Files a host publishes from a folder: not dotfiles (`.vite/`), not its own configuration. */
function published(relativePath) {
  const parts = relativePath.split(sep)
  const name = parts.at(-1) ?? ''
  return !parts.some((part) => part.startsWith('.')) && name !== '_headers' && name !== '_redirects'
}

/** Whether the request accepts gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * Starts a static host for `dir` on 127.0.0.1:`port` (0 picks a free one) and resolves once it
 * listens, with its URL and a `stop()` that closes it and its kept-alive connections.
 */
export async function startStaticServer({ dir, port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir)
  /** path → the file's bytes and their gzip, kept while its size and mtime stay the same. */
  const cache = new Map()

  async function load(file) {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile() || !published(file.slice(root.length + 1))) return null
    const cached = cache.get(file)
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached
    const body = await readFile(file)
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    const entry = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      type,
      body,
      gzip: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null,
    }
    cache.set(file, entry)
    return entry
  }

  /** The file a path names, as a static host resolves it, or null for its 404. */
  async function find(pathname) {
    let path
    try {
      path = decodeURIComponent(pathname)
    } catch {
      return null
    }
    if (path.includes('\0')) return null
    const file = resolve(root, `.${path}`)
    if (file !== root && !file.startsWith(root + sep)) return null
    const candidates = path.endsWith('/')
      ? [join(file, 'index.html')]
      : [file, `${file}.html`, join(file, 'index.html')]
    for (const candidate of candidates) {
      const entry = await load(candidate)
      if (entry) return entry
    }
    return null
  }

  async function respond(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...COMMON_HEADERS, 'Content-Length': 0 })
      res.end()
      return
    }
    const pathname = new URL(req.url ?? '/', 'http://host').pathname
    let entry = await find(pathname)
    let status = 200
    if (!entry) {
      status = 404
      entry = (await load(join(root, '404.html'))) ?? {
        type: 'text/plain; charset=utf-8',
        body: Buffer.from('Not found\n'),
        gzip: null,
      }
    }
    const gzip = entry.gzip !== null && acceptsGzip(req.headers['accept-encoding'])
    const body = gzip ? entry.gzip : entry.body
    const headers = { 'Content-Type': entry.type, ...COMMON_HEADERS, 'Content-Length': body.length }
    if (entry.gzip !== null) headers.Vary = 'Accept-Encoding'
    if (gzip) headers['Content-Encoding'] = 'gzip'
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`static-server: ${error.message}\n`)
    })
  })
  // Chromium keeps a connection idle for longer than Node's default 5 s between a page's requests.
  server.keepAliveTimeout = 65_000

  // Gzip everything up front, so no measured request pays for compressing its file.
  async function warm(folder) {
    for (const item of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, item.name)
      if (item.isDirectory() && published(path.slice(root.length + 1))) await warm(path)
      else if (item.isFile()) await load(path)
    }
  }
  await warm(root)

  await new Promise((listening, fail) => {
    server.once('error', fail)
    server.listen(port, host, listening)
  })
  const address = server.address()
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`
  const stop = () =>
    new Promise((closed) => {
      server.close(() => closed())
      server.closeAllConnections()
    })
  return { url, stop }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, port = '4500'] = process.argv.slice(2)
  if (!dir) {
    console.error('usage: node scripts/static-server.mjs <folder> [port]')
    process.exit(1)
  }
  const { url } = await startStaticServer({ dir, port: Number(port) })
  console.log(`static-server: ${dir} at ${url}`)
}
