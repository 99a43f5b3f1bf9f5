import { act, cleanup, screen } from '@testing-library/react'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { content } from '../../src/content'
import { VERDICTS } from '../../src/content/types'
import { renderApp } from '../render-app'

// Any URL a reader can be sent to, however hostile, must render a page: the article for `/` with
// any query or hash, the not-found page for any unknown path. Nothing from the URL may become
// markup, and only a real claim, theme, verdict or name id may change what the page shows; any other
// value the URL gives one of them is named in a notice.

const claimIds = content.claims.map((claim) => claim.id)
const themeIds: readonly string[] = content.themes.map((theme) => theme.id)
const verdictIds: readonly string[] = VERDICTS
// A name's lens is for someone the text marks: the people that mentions.yaml names.
const whoIds: readonly string[] = [...new Set(content.mentions.map((mention) => mention.personId))]

/** Every search parameter the article reads, with the ids that are real for it. */
const READ = { theme: themeIds, claim: claimIds, verdict: verdictIds, who: whoIds } as const
type ReadKey = keyof typeof READ
const READ_KEYS = Object.keys(READ) as ReadKey[]

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
  ...verdictIds.flatMap((id) => [` ${id}`, id.toUpperCase(), `"${id}"`, `${id}-`, id.replace('-', ' ')]),
]
const long = [
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>'.repeat(180),
  `${claimIds[0] ?? 'claim'}${'a'.repeat(4990)}`,
]

/** Any value a URL can carry, weighted toward the ones that break parsers. */
const anyValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...markup, ...oddities, ...nearMisses, ...long) },
  { weight: 1, arbitrary: fc.constantFrom(...themeIds, ...claimIds, ...verdictIds) },
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
  fc.constantFrom(
    ...READ_KEYS,
    ...READ_KEYS,
    'theme[]',
    'claim[]',
    'verdict[]',
    'theme[0]',
    '__proto__',
    'constructor',
    'utm_source',
  ),
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

/** What the page should do with one parameter: apply a real id, name an unknown value, or nothing. */
type Expected = { applied: string } | { unknown: string } | 'nothing'

/**
 * What a query asks of one parameter, worked out from the URL standard and the content's id lists
 * (not by calling the app's parser): a key given once, its value read as JSON where it is JSON (so
 * `"cooperation"` in quotes is the id, `1` or `[]` is not a word), trimmed. Given twice, or not a
 * word, or blank, it asks nothing. A real id is applied; any other word is named in the notice.
 */
function expectedFor(search: string, key: ReadKey): Expected {
  const values = new URLSearchParams(search).getAll(key)
  if (values.length !== 1) return 'nothing'
  let value: unknown = values[0]
  try {
    value = JSON.parse(values[0] ?? '')
  } catch {
    // Not JSON: the raw text is the value.
  }
  if (typeof value !== 'string' || value.trim() === '') return 'nothing'
  const word = value.trim()
  return READ[key].includes(word) ? { applied: word } : { unknown: word }
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
const article = () => document.querySelector('main article')

/** The text of the URL notice (the status with a Dismiss button), or undefined when none shows. */
function noticeText(): string | undefined {
  const notice = [...document.querySelectorAll('[role="status"]')].find((status) =>
    [...status.querySelectorAll('button')].some((button) => button.textContent === 'Dismiss'),
  )
  return notice?.querySelector('p')?.textContent ?? undefined
}

/** The notice's words for the unknown values, long ones cut at 60 characters. */
function expectedNotice(expected: Record<ReadKey, Expected>): string | undefined {
  const named = (key: ReadKey) => {
    const state = expected[key]
    if (typeof state !== 'object' || !('unknown' in state)) return undefined
    return state.unknown.length > 60 ? `${state.unknown.slice(0, 60)}…` : state.unknown
  }
  const theme = named('theme')
  const claim = named('claim')
  const verdict = named('verdict')
  const who = named('who')
  const sentences = [
    theme === undefined ? undefined : `No theme “${theme}”: showing the article.`,
    claim === undefined ? undefined : `No claim “${claim}”: showing the article.`,
    verdict === undefined ? undefined : `No verdict “${verdict}”: showing every claim.`,
    who === undefined ? undefined : `No one named “${who}” in the text: showing the article.`,
  ].filter((sentence) => sentence !== undefined)
  return sentences.length === 0 ? undefined : sentences.join(' ')
}

const appliedId = (state: Expected) => (typeof state === 'object' && 'applied' in state ? state.applied : undefined)

/**
 * The article at `url` is whole and sound: its title, no markup taken from the URL, each real id the
 * URL names applied (the theme's lens, the verdict filter, the claim's context open) and nothing
 * else, every unknown value named in the notice, and nothing logged.
 */
async function expectSoundArticle(url: string) {
  expect(h1Text(), url).toBe(content.article.title)
  expect(injectedMarkup(), url).toEqual([])
  const search = queryOf(url)
  const expected = {
    theme: expectedFor(search, 'theme'),
    claim: expectedFor(search, 'claim'),
    verdict: expectedFor(search, 'verdict'),
    who: expectedFor(search, 'who'),
  }
  expect(article()?.getAttribute('data-active-theme') ?? undefined, url).toBe(appliedId(expected.theme))
  expect(article()?.getAttribute('data-verdict-filter') ?? undefined, url).toBe(appliedId(expected.verdict))
  expect(article()?.getAttribute('data-active-who') ?? undefined, url).toBe(appliedId(expected.who))
  const claim = appliedId(expected.claim)
  if (claim === undefined) expect(hasDialog(), url).toBe(false)
  else
    expect((await screen.findByRole('dialog', { name: 'Context' })).getAttribute('data-claim-dialog'), url).toBe(claim)
  expect(noticeText(), url).toBe(expectedNotice(expected))
  expect(consoleProblems, url).toEqual([])
  return expected
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
            await expectSoundArticle(url)
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
    'with a real id or an unknown word for each parameter, among junk, applies the id or names the word',
    async () => {
      const allIds = READ_KEYS.flatMap((key) => READ[key])
      // A word the URL carries unchanged: a lone surrogate reaches the app as U+FFFD (the property
      // above covers that), so this one could not name it as it was written.
      const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
      const bogus = anyValue.filter((value) => {
        const word = value.trim()
        return (
          word !== '' &&
          !loneSurrogate.test(word) &&
          !/^["[{\d-]|^(true|false|null)$/.test(word) &&
          !allIds.includes(word)
        )
      })
      const param = fc.record({
        key: fc.constantFrom(...READ_KEYS),
        real: fc.boolean(),
        pick: fc.nat(),
        word: bogus,
      })
      const junk = fc.array(
        fc.tuple(anyKey, queryValue).filter(([key]) => !(READ_KEYS as string[]).includes(key)),
        { maxLength: 3 },
      )
      // Both directions of every parameter must have been tried, whatever the random draw.
      const seen = new Set<string>()
      await fc.assert(
        fc.asyncProperty(param, junk, hash, async ({ key, real, pick, word }, extra, fragment) => {
          const ids = READ[key]
          const value = real ? (ids[pick % ids.length] ?? '') : word
          const params = [
            ...extra.map(([k, v]) => `${k.replace(/[&#=]/g, percentEncode)}=${v}`),
            `${key}=${percentEncode(value)}`,
          ]
          const url = browserUrl(`/?${params.join('&')}${fragment}`)
          consoleProblems = []
          const view = await renderFresh(url)
          try {
            const expected = await expectSoundArticle(url)
            expect(expected[key], url).toEqual(real ? { applied: value } : { unknown: value.trim() })
            seen.add(`${key} ${real ? 'applied' : 'named'}`)
          } finally {
            await unmount(view)
          }
        }),
        {
          numRuns: 40,
          examples: READ_KEYS.flatMap((key) => [
            [{ key, real: true, pick: 1, word: 'x' }, [], ''],
            [{ key, real: false, pick: 0, word: `not-a-${key}` }, [['utm_source', 'feed']], ''],
          ]),
        },
      )
      expect([...seen].sort()).toEqual(READ_KEYS.flatMap((key) => [`${key} applied`, `${key} named`]).sort())
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
            await expectSoundArticle(url)
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
