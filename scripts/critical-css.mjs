// The first screen's stylesheet (scripts/prerender.mjs): of the built stylesheet, the rules a
// page's first screen can use, to inline in its head; the whole stylesheet then follows at the end
// of the body, where it does not hold the first paint. A rule is kept when every compound of one
// of its selectors (`.a`, `main .b:hover`, `[data-x] > p`) names something that an element of the
// page's prerendered markup has: its tag, id, classes and attributes. Markup inside an element
// marked `data-below-fold` (the parts after the article, the name cards) does not count: only the
// element itself does, so a rule that keeps its box cheap (`content-visibility`) stays inline.
//
// The test errs on the side of keeping: pseudo-classes, pseudo-elements and attribute values are
// not checked, only that an element with that attribute exists. What it drops is print rules and
// rules for markup that only appears later (the dialog, notices, a theme's lens), which the whole
// stylesheet brings: the page's script applies it before anything hydrates (main.tsx).
import { transform } from 'lightningcss'

/** Attributes a page sets before its first paint (index.html's color-scheme script). */
const EARLY_ATTRIBUTES = new Set(['data-color-scheme'])

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/**
 * Every element of a page's markup: tag, id, classes and attribute names.
 * @param {string} html
 */
export function elementsOf(html) {
  const elements = []
  for (const [, tag, attributeText] of html.matchAll(TAG)) {
    const element = { tag: tag.toLowerCase(), id: '', classes: new Set(), attributes: new Set() }
    for (const [, name, ...values] of attributeText.matchAll(ATTRIBUTE)) {
      const value = values.find((v) => v !== undefined) ?? ''
      const key = name.toLowerCase()
      element.attributes.add(key)
      if (key === 'id') element.id = value
      if (key === 'class') for (const name of value.split(/\s+/)) if (name) element.classes.add(name)
    }
    elements.push(element)
  }
  return elements
}

/**
 * The markup without what is inside elements marked `data-below-fold` (each element stays, empty).
 * @param {string} html
 */
export function withoutBelowFold(html) {
  let out = html
  for (;;) {
    const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-below-fold\b[^>]*>/.exec(out)
    if (!open) return out
    const tag = open[1].toLowerCase()
    const start = open.index + open[0].length
    const end = closingTagAt(out, tag, start)
    if (end < 0) throw new Error(`critical-css: the <${tag} data-below-fold> element is never closed`)
    // The element stays, emptied and no longer marked, so the loop moves on to the next one.
    out = `${out.slice(0, open.index)}${open[0].replace(/\sdata-below-fold(?:="[^"]*")?/, '')}${out.slice(end)}`
  }
}

/**
 * The page as a browser with JavaScript turns it into elements before its first paint: without the
 * parts it builds afterwards (components/after-first-paint.tsx). For the budgets and Lighthouse.
 * @param {string} html
 */
export function withoutAfterPaintParts(html) {
  return html.replace(/<noscript data-after-first-paint="">[\s\S]*?<\/noscript>/g, '')
}

/** Where the closing tag that matches an element opened just before `from` starts, or -1. */
function closingTagAt(html, tag, from) {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi')
  pattern.lastIndex = from
  let depth = 1
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[1]) depth -= 1
    else if (!match[0].endsWith('/>')) depth += 1
    if (depth === 0) return match.index
  }
  return -1
}

/**
 * Whether some element has every part of one compound selector that the test checks.
 * @param {Array<Record<string, unknown>>} compound
 * @param {ReturnType<typeof elementsOf>} elements
 */
function someElementHas(compound, elements) {
  const wanted = compound.filter((part) => ['type', 'id', 'class', 'attribute'].includes(String(part.type)))
  if (wanted.some((part) => part.type === 'attribute' && EARLY_ATTRIBUTES.has(String(part.name)))) {
    return elements.some((element) => element.tag === 'html')
  }
  if (wanted.length === 0) return true
  return elements.some((element) =>
    wanted.every((part) => {
      const name = String(part.name)
      if (part.type === 'type') return element.tag === name.toLowerCase()
      if (part.type === 'id') return element.id === name
      if (part.type === 'class') return element.classes.has(name)
      return element.attributes.has(name.toLowerCase())
    }),
  )
}

/** Whether a selector can match the page: each of its compounds, split at combinators. */
function selectorMatches(selector, elements) {
  const compounds = [[]]
  for (const part of selector) {
    if (part.type === 'combinator') compounds.push([])
    else compounds[compounds.length - 1].push(part)
  }
  return compounds.every((compound) => someElementHas(compound, elements))
}

/** Whether a media query list applies only to print. */
function printOnly(query) {
  const queries = query?.mediaQueries ?? []
  return queries.length > 0 && queries.every((q) => q.mediaType === 'print' && q.qualifier !== 'not')
}

/** Whether a rule stays: a style rule that can match, or a group holding one; print rules never. */
function keeps(rule, elements) {
  if (rule.type === 'style') return rule.value.selectors.some((selector) => selectorMatches(selector, elements))
  if (rule.type === 'media' && printOnly(rule.value.query)) return false
  if (['media', 'supports', 'container', 'layer-block'].includes(rule.type)) {
    return rule.value.rules.some((inner) => keeps(inner, elements))
  }
  return true
}

/**
 * The rules of `css` that the markup of `html` outside `data-below-fold` parts can use, minified.
 * @param {string} css the built stylesheet
 * @param {string} html the page
 */
export function criticalCss(css, html) {
  const elements = elementsOf(withoutBelowFold(html))
  const { code } = transform({
    filename: 'critical.css',
    code: Buffer.from(css),
    minify: true,
    // Each rule is dropped (`[]`) or left as it is (no return), never rebuilt. The children of a
    // dropped rule are never visited, so a nested rule (`&:hover`) is visited only under a kept
    // one; a group (@media, @supports, @layer) none of whose rules is kept goes too.
    visitor: {
      Rule: {
        style: (rule) => (keeps(rule, elements) ? undefined : []),
        media: (rule) => (keeps(rule, elements) ? undefined : []),
        supports: (rule) => (keeps(rule, elements) ? undefined : []),
        container: (rule) => (keeps(rule, elements) ? undefined : []),
        'layer-block': (rule) => (keeps(rule, elements) ? undefined : []),
      },
    },
  })
  return code.toString()
}
