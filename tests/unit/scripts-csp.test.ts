import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  escapeAttribute,
  headersFile,
  inlineBodies,
  sha256Source,
  staticSecurityHeaders,
} from '../../scripts/csp.mjs'
import { parseHeadersFile } from '../../scripts/security-headers'

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((part) => {
      const [name = '', ...values] = part.split(' ')
      return [name, values]
    }),
  )

describe('sha256Source', () => {
  it('gives the hash source the CSP specification gives for its example script', () => {
    expect(sha256Source("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
  })

  it('hashes the exact text, so one changed character changes the hash', () => {
    expect(sha256Source('a=1')).not.toBe(sha256Source('a=1 '))
  })
})

describe('inlineBodies', () => {
  it('finds inline scripts and styles in document order and skips scripts with a src', () => {
    const html = [
      '<head><script>one()</script><script type="module" crossorigin src="/a.js"></script>',
      '<style>p{color:red}</style></head><body><script data-x="">two()</script>',
      '<SCRIPT>three()</SCRIPT><script></script></body>',
    ].join('')
    expect(inlineBodies(html)).toEqual({
      scripts: ['one()', 'two()', 'three()', ''],
      styles: ['p{color:red}'],
      styleAttributes: [],
    })
  })

  it('reads style attributes as the browser does, entities decoded, and not text that merely looks like one', () => {
    const html =
      '<div class="bar" style="transform:scaleX(0)"></div><p data-x="1" style="font-family:&quot;A&quot;">style="x"</p>'
    expect(inlineBodies(html).styleAttributes).toEqual(['transform:scaleX(0)', 'font-family:"A"'])
  })

  it('keeps a body that spans lines, character for character', () => {
    expect(inlineBodies('<script>\n  a()\n</script>').scripts).toEqual(['\n  a()\n'])
  })
})

describe('contentSecurityPolicy', () => {
  const scriptHashes = [sha256Source('a()'), sha256Source('b()'), sha256Source('a()')]
  const styleHashes = [sha256Source('p{}')]

  it('allows scripts from the site and by hash only, never inline or eval', () => {
    const policy = contentSecurityPolicy({ scriptHashes, styleHashes, delivery: 'header' })
    expect(directives(policy).get('script-src')).toEqual(["'self'", sha256Source('a()'), sha256Source('b()')])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(directives(policy).get('style-src')).toEqual(["'self'", sha256Source('p{}')])
    expect(directives(policy).get('object-src')).toEqual(["'none'"])
    expect(directives(policy).get('base-uri')).toEqual(["'none'"])
  })

  it('allows prerendered style attributes one by one, by hash, and only names unsafe-hashes when there are some', () => {
    const attribute = sha256Source('transform:scaleX(0)')
    const policy = contentSecurityPolicy({ styleHashes, styleAttributeHashes: [attribute], delivery: 'meta' })
    expect(directives(policy).get('style-src')).toEqual(["'self'", sha256Source('p{}'), "'unsafe-hashes'", attribute])
    expect(directives(policy).get('script-src')).toEqual(["'self'"])
    expect(contentSecurityPolicy({ styleHashes, delivery: 'meta' })).not.toContain('unsafe-hashes')
  })

  it('puts frame-ancestors in the header only, since a <meta> policy ignores it', () => {
    expect(directives(contentSecurityPolicy({ delivery: 'header' })).get('frame-ancestors')).toEqual(["'none'"])
    expect(directives(contentSecurityPolicy({ delivery: 'meta' })).has('frame-ancestors')).toBe(false)
  })

  it('refuses an unknown delivery instead of guessing', () => {
    expect(() => contentSecurityPolicy({ delivery: 'http' as 'meta' })).toThrow(/delivery must be/)
  })
})

describe('headersFile', () => {
  it('writes a file that the preview server reads back to the same headers', () => {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy({ delivery: 'header' }),
      ...staticSecurityHeaders,
    }
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers)
  })

  it('refuses a header value that would break the file into another line', () => {
    expect(() => headersFile({ 'X-Test': 'a\n/*\n  X-Other: b' })).toThrow(/spans lines/)
  })
})

describe('escapeAttribute', () => {
  it('escapes what could end a double-quoted attribute or start markup', () => {
    expect(escapeAttribute(`"><script>&`)).toBe('&quot;&gt;&lt;script&gt;&amp;')
  })
})

describe('the source code', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : /\.(tsx?|mjs)$/.test(name) ? [path] : []
    })

  const stringToMarkup =
    /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/

  it('never turns strings into HTML or code, so the CSP is a second line of defence, not the only one', () => {
    // One exception: the page's own prerendered markup, which a <noscript> hands to a browser with
    // JavaScript as text, is built in place after the first paint. No other string can reach it.
    const ownMarkup = 'src/components/after-first-paint.tsx'
    const offenders = files('src').filter(
      (file) => file !== ownMarkup && stringToMarkup.test(readFileSync(file, 'utf8')),
    )
    expect(offenders).toEqual([])
    const source = readFileSync(ownMarkup, 'utf8')
    expect(source.match(new RegExp(stringToMarkup.source, 'g'))).toEqual(['.innerHTML ='])
    expect(source).toContain("template.innerHTML = holder.textContent ?? ''")
    expect(source).toContain("const HOLDER = 'noscript[data-after-first-paint]'")
    expect(source).toContain('document.querySelectorAll<HTMLElement>(HOLDER)')
  })

  it('writes one inline fallback that builds the same parts from the same text, and nothing else', () => {
    // scripts/prerender.mjs: for a page whose script never runs, the same exception as above.
    const source = readFileSync('scripts/prerender.mjs', 'utf8')
    expect(source.match(new RegExp(stringToMarkup.source, 'g'))).toEqual(['.innerHTML='])
    expect(source).toContain("d.querySelectorAll('noscript[data-after-first-paint]')")
    expect(source).toContain('t.innerHTML=n.textContent')
  })
})
