import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The marks in the text are drawn by their underlines (non-text contrast, WCAG 1.4.11): each line
// color must reach 3:1 against the page, in light and in both dark blocks of styles.css (axe checks
// text contrast only).
const css = readFileSync('src/styles.css', 'utf8')

/** The custom properties of one block of styles.css, found by the selector line that opens it. */
function tokens(opening: string): Map<string, string> {
  const start = css.indexOf(opening)
  if (start === -1) throw new Error(`no block ${opening}`)
  const block = css.slice(start, css.indexOf('}', start))
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name, value] as [string, string]),
  )
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

const MARK_LINES = ['--claim-rest-line', '--mention-line', '--mention-quiet-line']

describe('the marks in the text', () => {
  for (const [scheme, opening] of [
    ['light', ':root {'],
    ['dark (system)', ':root:not([data-color-scheme="light"]) {'],
    ['dark (chosen)', ':root[data-color-scheme="dark"] {'],
  ] as const) {
    it(`stand at 3:1 or more against the page in ${scheme}`, () => {
      const block = tokens(opening)
      const page = block.get('--color-page') ?? ''
      for (const line of MARK_LINES) {
        const color = block.get(line)
        expect(color, `${line} in ${scheme}`).toBeDefined()
        expect(contrast(color ?? '', page), `${line} in ${scheme}`).toBeGreaterThanOrEqual(3)
        // Claims' underline also sits on their resting tint.
        expect(
          contrast(color ?? '', block.get('--claim-rest-tint') ?? ''),
          `${line} on the tint`,
        ).toBeGreaterThanOrEqual(3)
      }
    })
  }
})
