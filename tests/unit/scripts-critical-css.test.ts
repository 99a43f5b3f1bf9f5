import { describe, expect, it } from 'vitest'
import { criticalCss, elementsOf, withoutAfterPaintParts, withoutBelowFold } from '../../scripts/critical-css.mjs'

const page = (body: string) => `<!doctype html><html lang="en"><head></head><body>${body}</body></html>`

describe('elementsOf', () => {
  it('reads each element’s tag, id, classes and attribute names', () => {
    const [element] = elementsOf('<SECTION id="a" class="x  y" data-themes="t u" hidden>')
    expect(element).toEqual({
      tag: 'section',
      id: 'a',
      classes: new Set(['x', 'y']),
      attributes: new Set(['id', 'class', 'data-themes', 'hidden']),
    })
  })
})

describe('withoutBelowFold', () => {
  it('empties each marked element, nested elements of its own tag included, and keeps the element', () => {
    const html =
      '<p>a</p><div class="later" data-below-fold=""><div><div class="deep"></div></div></div><p class="after">b</p>'
    expect(withoutBelowFold(html)).toBe('<p>a</p><div class="later"></div><p class="after">b</p>')
  })

  it('says which element is never closed', () => {
    expect(() => withoutBelowFold('<aside data-below-fold=""><p>')).toThrow(
      /<aside data-below-fold> element is never closed/,
    )
  })
})

describe('criticalCss', () => {
  it('keeps the rules the page’s elements can match and drops the others', () => {
    const css = '.title{color:red}.dialog{color:blue}main .title:hover{color:green}.title>.missing{color:#000}'
    expect(criticalCss(css, page('<main><h1 class="title">T</h1></main>'))).toBe(
      '.title{color:red}main .title:hover{color:green}',
    )
  })

  it('needs one element with every part of a compound, and checks attributes by name only', () => {
    const css = '.a.b{color:red}.a.c{color:blue}[data-verdict=supported]{color:green}#x[hidden]{color:#000}'
    expect(
      criticalCss(css, page('<p class="a b" data-verdict="contradicted"></p><p id="x"></p><p class="c"></p>')),
    ).toBe('.a.b{color:red}[data-verdict=supported]{color:green}')
  })

  it('keeps the colour scheme a reader chose, which the page sets before its first paint', () => {
    const css = ':root[data-color-scheme=dark]{--ink:#fff}[data-active-theme] .p{color:red}'
    expect(criticalCss(css, page('<p class="p"></p>'))).toBe(':root[data-color-scheme=dark]{--ink:#fff}')
  })

  it('drops print rules and groups left empty, and keeps what is not a style rule', () => {
    const css =
      '@layer base,utilities;@property --x{syntax:"*";inherits:false}@media print{.p{color:#000}}@media (width>=40rem){.gone{color:red}}@media (prefers-color-scheme:dark){.p{color:#fff}}@layer utilities{.mt-3{margin-top:3px}.mt-4{margin-top:4px}}'
    // (The minifier merges the layer statement with the layer's first block; the order is the same.)
    expect(criticalCss(css, page('<p class="p mt-3"></p>'))).toBe(
      '@layer base;@layer utilities{.mt-3{margin-top:3px}}@property --x{syntax:"*";inherits:false}@media (prefers-color-scheme:dark){.p{color:#fff}}',
    )
  })

  it('keeps a nested rule only under a kept one', () => {
    const css = '.p{color:red;&:hover{color:blue}}.q{color:red;&:hover{color:blue}}'
    expect(criticalCss(css, page('<p class="p"></p>'))).toBe('.p{color:red;&:hover{color:#00f}}')
  })

  it('does not count what is inside a part below the fold, but keeps the part’s own rules', () => {
    const css = '.later{content-visibility:auto}.note{color:red}.title{color:blue}'
    const html = page('<h1 class="title"></h1><div class="later" data-below-fold=""><p class="note"></p></div>')
    expect(criticalCss(css, html)).toBe('.later{content-visibility:auto}.title{color:#00f}')
  })
})

describe('withoutAfterPaintParts', () => {
  it('leaves out every part built after the first paint, and keeps any other <noscript>', () => {
    const html =
      '<section id="t"><h2>T</h2><noscript data-after-first-paint=""><ol><li>a</li></ol></noscript></section><noscript data-after-first-paint=""><p>b</p></noscript><noscript><link rel="stylesheet" href="/a.css"></noscript>'
    expect(withoutAfterPaintParts(html)).toBe(
      '<section id="t"><h2>T</h2></section><noscript><link rel="stylesheet" href="/a.css"></noscript>',
    )
  })
})
