import type { Verdict } from '../../content/types'

/** A glyph per verdict, so the marks differ in shape as well as in color (WCAG 1.4.1). */
const GLYPHS: Record<Verdict, string> = {
  supported: '✓',
  'partly-supported': '◐',
  'not-borne-out': '○',
  contradicted: '✕',
  unverifiable: '?',
}

/** A verdict's small colored glyph; decorative, so the text beside it must say the verdict. */
export function VerdictMark({ verdict }: { verdict: Verdict }) {
  return (
    <span aria-hidden="true" className="verdict-mark" data-verdict={verdict}>
      {GLYPHS[verdict]}
    </span>
  )
}
