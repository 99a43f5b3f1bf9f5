import { act, cleanup } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { content } from '../../src/content'
import { renderApp } from '../render-app'

// Any URL a reader can be sent to, however hostile, must render a page: the article for `/` with
// any query or hash, the not-found page for any unknown path. Nothing from the URL may become
// markup, and only a real claim id or theme id may change what the page shows.

const claimIds = content.claims.map((claim) => claim.id)
const themeIds: readonly string[] = content.themes.map((theme) => theme.id)

const markup = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</p><img src=x>',
  'javascript:alert(1)',
  '&lt;img src=x&gt;',
]
const oddities = [
  '%00',
  '\u0000',
  '%',
  '%E0%A4%A',
  '%zz',
  '%2525',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '..',
  '../..',
  '\u202Eevil',
  '🇲🇽 Mexico',
  'García Harfuch',
  '\uD800',
  '[]',
  '{}',
  '{"__proto__":{"x":1}}',
  'null',
  'undefined',
  'true',
  '1e309',
  '-0',
  '',
  ' ',
  '+',
]
const nearMisses = [
  ...themeIds.flatMap((id) => [` ${id} `, id.toUpperCase(), `"${id}"`, `${id}\u0000`, `${id}/`]),
  ...claimIds.flatMap((id) => [`${id} `, id.toUpperCase(), `"${id}"`, `${id}%00`]),
]
const long = [
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>'.repeat(180),
  `${claimIds[0] ?? 'claim'}${'a'.repeat(4990)}`,
]

/** Any value a URL can carry, weighted toward the ones that break parsers. */
const anyValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...markup, ...oddities, ...nearMisses, ...long) },
  { weight: 1, arbitrary: fc.constantFrom(...themeIds, ...claimIds) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
)

/** Percent-encodes like a browser, which writes a lone surrogate as U+FFFD instead of throwing. */
const percentEncode = (value: string) => encodeURIComponent(value.replace(/\p{Surrogate}/gu, '\uFFFD'))

/** Put into a URL either encoded, or raw (as a hand-typed or hostile link would). */
const encoded = (raw: (value: string) => string) =>
  fc.tuple(anyValue, fc.boolean()).map(([value, encode]) => (encode ? percentEncode(value) : raw(value)))

const anyKey = fc.oneof(
  fc.constantFrom('theme', 'claim', 'theme[]', 'claim[]', 'theme[0]', '__proto__', 'constructor', 'utm_source'),
  fc.string({ maxLength: 10 }),
)
// Raw values keep the characters that would end the parameter, so a raw value stays one value.
const queryValue = encoded((value) => value.replace(/[&#]/g, percentEncode))
const queryKey = anyKey.map((key) => key.replace(/[&#=]/g, percentEncode))
const query = fc
  .array(
    fc.oneof(
      fc.tuple(queryKey, queryValue).map(([key, value]) => `${key}=${value}`),
      queryKey,
      queryKey.map((key) => `${key}=`),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.join('&')}`))
const hash = fc
  .option(
    encoded((value) => value),
    { nil: undefined },
  )
  .map((value) => (value === undefined ? '' : `#${value}`))

/** Every value URLSearchParams reads for a key, decoded leniently the way a router might. */
function valuesOf(search: string, key: string): string[] {
  return new URLSearchParams(search).getAll(key).flatMap((value) => {
    const trimmed = value.trim()
    const candidates = [trimmed]
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (typeof parsed === 'string') candidates.push(parsed.trim())
    } catch {
      // Not JSON: the raw value is the only reading.
    }
    return candidates
  })
}

/**
 * The URL as the app receives it: the browser parses whatever a link or the address bar holds and
 * hands the app its serialization (a lone surrogate becomes %EF%BF%BD, `..` segments resolve).
 * Markup, `%zz`, `%00`, `__proto__` and the rest still arrive, to be decoded by the router.
 */
function browserUrl(raw: string): string {
  // Joined rather than resolved: `//evil.example` typed after the host stays a path, as it would.
  const url = new URL(`http://localhost${raw}`)
  return `${url.pathname}${url.search}${url.hash}`
}

/** The query part of a generated URL (before any hash). */
const queryOf = (url: string) => url.split('#')[0]?.split('?').slice(1).join('?') ?? ''

function hasDialog() {
  return document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null
}

/** Elements or attributes that only exist if something was parsed as HTML. */
function injectedMarkup(): string[] {
  const found: string[] = []
  for (const element of document.querySelectorAll('img, script, iframe, svg[onload], object, embed')) {
    found.push(element.outerHTML.slice(0, 80))
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`)
      if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=javascript:`)
    }
  }
  return found
}

const h1Text = () => document.querySelector('main h1')?.textContent ?? ''

/**
 * The article at `url` is whole and sound: its title, no markup taken from the URL, a claim open
 * only if the URL names a real one, a theme on only if it names a real one, and nothing logged.
 */
function expectSoundArticle(url: string) {
  expect(h1Text(), url).toBe(content.article.title)
  expect(injectedMarkup(), url).toEqual([])
  if (hasDialog())
    expect(
      valuesOf(queryOf(url), 'claim').some((value) => claimIds.includes(value)),
      url,
    ).toBe(true)
  if (document.querySelector('main article[data-active-theme]')) {
    expect(
      valuesOf(queryOf(url), 'theme').some((value) => themeIds.includes(value)),
      url,
    ).toBe(true)
  }
  expect(consoleProblems, url).toEqual([])
}

/**
 * Each property renders the whole page, hundreds of times: the article, then every note with its
 * charts and the timeline. The longest took 41 s in a CI run (two cores, every test file at once);
 * this is headroom over that, not a wait.
 */
const PROPERTY_TIMEOUT = 150_000

// React reports a render error, a key clash or a hydration problem on the console: any of them fails.
let consoleProblems: string[] = []
beforeEach(() => {
  consoleProblems = []
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`${method}: ${args.map(String).join(' ').slice(0, 300)}`)
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
})

async function renderFresh(url: string) {
  const view = await renderApp(url)
  // Let lazy parts (the claim context chunk) settle before judging what the page shows.
  await act(async () => {})
  return view
}

async function unmount(view: Awaited<ReturnType<typeof renderApp>>) {
  view.unmount()
  cleanup()
}

// About 1,400 URLs in all: fresh renders of the whole article are the costly ones, so most article
// URLs arrive by navigation within one mounted app, and unknown paths (a small page) get the most.
describe('a hostile URL', () => {
  it(
    'at / with any query and hash renders the article, applies only real ids and renders nothing as HTML',
    async () => {
      await fc.assert(
        fc.asyncProperty(query, hash, async (search, fragment) => {
          const url = browserUrl(`/${search}${fragment}`)
          consoleProblems = []
          const view = await renderFresh(url)
          try {
            expectSoundArticle(url)
          } finally {
            await unmount(view)
          }
        }),
        { numRuns: 150 },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'with a real claim or theme among junk parameters applies it',
    async () => {
      const realParam = fc.oneof(
        fc.constantFrom(...claimIds).map((id) => ({ key: 'claim', id })),
        fc.constantFrom(...themeIds).map((id) => ({ key: 'theme', id })),
      )
      const junk = fc.array(
        fc.tuple(anyKey, queryValue).filter(([key]) => key !== 'theme' && key !== 'claim'),
        { maxLength: 3 },
      )
      await fc.assert(
        fc.asyncProperty(realParam, junk, hash, async ({ key, id }, extra, fragment) => {
          const params = [
            ...extra.map(([k, v]) => `${k.replace(/[&#=]/g, percentEncode)}=${v}`),
            `${key}=${percentEncode(id)}`,
          ]
          const url = browserUrl(`/?${params.join('&')}${fragment}`)
          consoleProblems = []
          const view = await renderFresh(url)
          try {
            expect(h1Text(), url).toBe(content.article.title)
            if (key === 'claim') {
              await view.findByRole('dialog', { name: 'Context' })
            } else {
              expect(document.querySelectorAll('main [data-passage]').length, url).toBeGreaterThan(0)
              expect(document.querySelector('main article')?.getAttribute('data-active-theme'), url).toBe(id)
            }
            expect(consoleProblems, url).toEqual([])
          } finally {
            await unmount(view)
          }
        }),
        { numRuns: 40 },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'with an unknown path renders the not-found page, whatever the path holds',
    async () => {
      const segment = encoded((value) => value.replace(/[/?#\\]/g, percentEncode))
      const path = fc
        .tuple(segment, fc.array(segment, { maxLength: 2 }), fc.boolean())
        .map(([first, rest, slash]) => browserUrl(`/${[first, ...rest].join('/')}${slash ? '/' : ''}`))
        .filter((pathname) => {
          let decoded = pathname
          try {
            decoded = decodeURIComponent(pathname)
          } catch {
            // Undecodable: it cannot name a route either.
          }
          // Paths that are (or normalize to) a real page are not unknown.
          const bare = decoded
            .toLowerCase()
            .replace(/[./\\\s]/g, '')
            .replaceAll('\u0000', '')
          return bare !== '' && !bare.startsWith('sources')
        })
      await fc.assert(
        fc.asyncProperty(path, query, hash, async (pathname, search, fragment) => {
          const url = browserUrl(`${pathname}${search}${fragment}`)
          consoleProblems = []
          const view = await renderFresh(url)
          try {
            expect(h1Text(), url).toBe('Page not found')
            expect(injectedMarkup(), url).toEqual([])
            expect(hasDialog(), url).toBe(false)
            expect(consoleProblems, url).toEqual([])
          } finally {
            await unmount(view)
          }
        }),
        // `$` is a route token to the router: these once matched real pages.
        {
          numRuns: 800,
          examples: [
            ['/$', '', ''],
            ['/$/', '', ''],
            ['/sources/$', '', ''],
          ],
        },
      )
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'reached by navigating within the app (links, back and forward) leaves the page sound',
    async () => {
      const view = await renderFresh('/')
      try {
        await fc.assert(
          fc.asyncProperty(query, hash, async (search, fragment) => {
            const url = browserUrl(`/${search}${fragment}`)
            consoleProblems = []
            await act(async () => {
              await view.router.navigate({ href: url })
            })
            expectSoundArticle(url)
          }),
          { numRuns: 400 },
        )
      } finally {
        await unmount(view)
      }
    },
    PROPERTY_TIMEOUT,
  )
})
