import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptsGzip, startStaticServer } from '../../scripts/static-server.mjs'

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A raw GET: the path goes out exactly as written (no URL normalizing) and nothing is decoded. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(base)
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', fail)
    req.end()
  })
}

const page = (title: string) =>
  `<!doctype html><title>${title}</title><p>${'A sentence of the article. '.repeat(80)}</p>`

let parent: string
let sites: { url: string; stop: () => Promise<void> }[]

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'))
  writeFileSync(join(parent, 'secret.txt'), 'outside the site')
  for (const name of ['app', 'plain']) {
    const dir = join(parent, name)
    mkdirSync(join(dir, 'assets'), { recursive: true })
    mkdirSync(join(dir, '.vite'))
    writeFileSync(join(dir, 'index.html'), page(`${name} home`))
    writeFileSync(join(dir, 'sources.html'), page(`${name} sources`))
    writeFileSync(join(dir, '404.html'), page(`${name} not found`))
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("hello")')
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    writeFileSync(join(dir, '_headers'), '/*\n  X-Test: 1\n')
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}')
  }
  sites = [
    await startStaticServer({ dir: join(parent, 'app') }),
    await startStaticServer({ dir: join(parent, 'plain') }),
  ]
})

afterAll(async () => {
  await Promise.all(sites.map((site) => site.stop()))
  rmSync(parent, { recursive: true, force: true })
})

const app = () => sites[0]?.url ?? ''

describe('startStaticServer', () => {
  it('serves / as index.html and /sources as sources.html, like a static host', async () => {
    const home = await get(app(), '/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.body.toString()).toContain('<title>app home</title>')
    const sources = await get(app(), '/sources')
    expect(sources.status).toBe(200)
    expect(sources.body.toString()).toContain('<title>app sources</title>')
    expect((await get(app(), '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect((await get(app(), '/icon.png')).headers['content-type']).toBe('image/png')
  })

  it('answers a missing path with 404.html and status 404, a folder without index.html too', async () => {
    for (const path of ['/nowhere', '/assets', '/assets/', '/sources/extra']) {
      const reply = await get(app(), path)
      expect(reply.status, path).toBe(404)
      expect(reply.body.toString(), path).toContain('<title>app not found</title>')
    }
  })

  it('serves nothing outside its folder, nor its dotfiles and host configuration', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await get(app(), path)
      expect(reply.status, path).toBe(404)
      expect(reply.body.toString(), path).not.toContain('outside the site')
    }
    expect((await get(app(), '/_headers')).status).toBe(404)
    expect((await get(app(), '/.vite/manifest.json')).status).toBe(404)
    expect((await get(app(), '/%E0%A4%A')).status).toBe(404)
  })

  it('gzips text when the request accepts it, with its length, and sends it plain otherwise', async () => {
    const plain = await get(app(), '/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['content-length']).toBe(String(plain.body.length))
    expect(plain.headers['transfer-encoding']).toBeUndefined()
    expect(plain.headers.vary).toBe('Accept-Encoding')

    const zipped = await get(app(), '/', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['content-length']).toBe(String(zipped.body.length))
    expect(zipped.body.length).toBeLessThan(plain.body.length / 5)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)

    const refused = await get(app(), '/', { 'Accept-Encoding': 'gzip;q=0, br' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    // An image is compressed already.
    const image = await get(app(), '/icon.png', { 'Accept-Encoding': 'gzip' })
    expect(image.headers['content-encoding']).toBeUndefined()
    expect(image.headers.vary).toBeUndefined()
  })

  it('keeps the connection alive and answers HEAD without a body', async () => {
    const reply = await get(app(), '/sources', { Connection: 'keep-alive' })
    expect(reply.headers.connection).toBe('keep-alive')
    const head = await new Promise<Reply>((done, fail) => {
      const { hostname, port } = new URL(app())
      const req = request({ hostname, port, path: '/', method: 'HEAD', agent: false }, (res) => {
        res.resume()
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) }))
      })
      req.on('error', fail)
      req.end()
    })
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
  })

  it('sends two folders the same headers, so they differ only in their bytes', async () => {
    const without = (headers: Reply['headers']) => {
      const { date: _date, 'content-length': _length, ...rest } = headers
      return rest
    }
    for (const [path, accept] of [
      ['/', 'gzip'],
      ['/', ''],
      ['/missing', 'gzip'],
    ] as const) {
      const [a, b] = await Promise.all(sites.map((site) => get(site.url, path, { 'Accept-Encoding': accept })))
      expect(a?.body.equals(b?.body ?? Buffer.alloc(0))).toBe(false)
      expect(without(a?.headers ?? {}), `${path} ${accept}`).toEqual(without(b?.headers ?? {}))
    }
    // No header from a folder's _headers file (the app's CSP would block the plain page's style).
    expect((await get(app(), '/')).headers['x-test']).toBeUndefined()
  })
})

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as HTTP does: listed, any (*), or refused with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('GZIP')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('br, deflate')).toBe(false)
    expect(acceptsGzip('')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})
