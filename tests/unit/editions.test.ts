import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, loadEdition } from '../../scripts/content/load-content'
import { fillUiStrings } from '../../scripts/content/vite-plugin'

// The Spanish edition is checked against the English one: every text translated (or marked
// pending), the structure (ids, dates, numbers, verdicts) unchanged. Each case edits a copy of the
// real article's Spanish files and reads the errors as the build prints them.
const ARTICLE = 'content/mexico-security-chief'
const scratch = mkdtempSync(join(tmpdir(), 'editions-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let copies = 0
/** A copy of the article with `edit` applied to its Spanish files; the problems of its Spanish edition. */
function spanishWith(edit: (es: string) => void) {
  const dir = join(scratch, `copy-${copies++}`)
  cpSync(ARTICLE, dir, { recursive: true })
  edit(join(dir, 'es'))
  const loaded = loadEdition(dir, 'es', dir)
  return { ...loaded, printed: loaded.problems.map(formatProblem) }
}
const change = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`${file}: nothing to change`)
  writeFileSync(file, next)
}

describe('the Spanish edition', () => {
  it('as written passes every rule, and carries each passage’s English original', () => {
    const { printed, modules } = spanishWith(() => {})
    expect(printed).toEqual([])
    const originals = modules.originals as { title: string; passages: Record<string, string> }
    expect(originals.title).toBe('Mexico’s Security Chief Discusses Aggressive Cartel Strategy')
    expect(originals.passages['interview-outline']).toMatch(/^In a recent interview, Omar García Harfuch/)
    expect(Object.keys(originals.passages).length).toBeGreaterThan(5)
  })

  it('fails on a claim’s ruling left out, naming the claim’s file and line', () => {
    const { printed } = spanishWith((es) => change(join(es, 'claims/key-figure.md'), /^ruling: .*\n/m, ''))
    expect(printed.join('\n')).toMatch(/es\/claims\/key-figure\.md:\d+:\d+: .*ruling.*\(/)
  })

  it('takes a pending claim’s missing texts from the English, and marks the note pending', () => {
    const { printed, modules } = spanishWith((es) =>
      change(join(es, 'claims/key-figure.md'), /^ruling: .*\n/m, 'pending: true\n'),
    )
    expect(printed).toEqual([])
    const notes = modules.claimNotes as {
      claimId: string
      ruling: string
      pending?: boolean
      englishFields?: string[]
    }[]
    const note = notes.find((n) => n.claimId === 'key-figure')
    expect(note?.pending).toBe(true)
    expect(note?.englishFields).toEqual(['ruling'])
    expect(note?.ruling).toMatch(/^[A-Z“]/)
    expect(note?.ruling).not.toMatch(/\b(el|la|los|las|de)\b/)
  })

  it('fails on a kind, a date or a source that differs from the English, naming the line', () => {
    const { printed } = spanishWith((es) => {
      change(join(es, 'claims/key-figure.md'), /^kind: .*$/m, 'kind: forecast')
      change(join(es, 'claims/key-figure.md'), /^checked: .*$/m, 'checked: 2026-12-03')
      change(join(es, 'facts.yaml'), 'sourceIds: [wikipedia-garcia-harfuch]', 'sourceIds: [elfinanciero-2023-09-09]')
    })
    const lines = readFileSync(join(ARTICLE, 'es/claims/key-figure.md'), 'utf8').split('\n')
    const kindLine = lines.findIndex((line) => line.startsWith('kind:')) + 1
    expect(printed).toContain(
      `es/claims/key-figure.md:${kindLine}:1: kind must be the English edition’s "assessment", not "forecast": it is not a text to translate (translation-structure)`,
    )
    const text = printed.join('\n')
    expect(text).toMatch(
      /es\/claims\/key-figure\.md:\d+:1: checked must be the English edition’s "\d{4}-\d\d-\d\d", not "2026-12-03"/,
    )
    expect(text).toMatch(/es\/facts\.yaml:\d+:1: .*sourceIds must be the English edition’s.*\(translation-structure\)/)
  })

  it('fails on passages out of the English order, and on an interface string with other placeholders', () => {
    const { printed } = spanishWith((es) => {
      change(
        join(es, 'article.md'),
        /(<!-- passage\nid: white-house-role[\s\S]*?-->\n[^\n]+\n)\n(<!-- passage\nid: reducing-influence[\s\S]*?-->\n[^\n]+\n)/,
        '$2\n$1',
      )
      change(join(es, 'ui.yaml'), /^walk\.position: .*$/m, 'walk.position: "{step} de {todos}"')
    })
    const text = printed.join('\n')
    expect(text).toMatch(
      /es\/article\.md:\d+:1: section “strengthening-ties-with-the-united-states” must hold the passages white-house-role, reducing-influence, in that order; it holds reducing-influence, white-house-role/,
    )
    expect(text).toMatch(
      /es\/ui\.yaml:\d+:1: walk\.position must fill in the same placeholders as the English \(step, total\), not step, todos/,
    )
  })

  it('fails on an interface string left out', () => {
    const { printed } = spanishWith((es) => change(join(es, 'ui.yaml'), /^dialog\.close: .*\n/m, ''))
    expect(printed.join('\n')).toMatch(
      /es\/ui\.yaml:\d+:1: no text for “dialog\.close”: add a line `dialog\.close: "…"` \(ui-missing-key\)/,
    )
  })
})

describe('the interface strings', () => {
  const ui = { 'dialog.close': 'Cerrar', 'chart.fact.one': 'dato', 'chart.fact.other': 'datos' }

  it('are put in place of their keys at build', () => {
    const code = "t('dialog.close'); tp('chart.fact', n, { x })"
    expect(fillUiStrings(code, 'a.tsx', ui)).toBe('t("Cerrar"); tp({"one":"dato","other":"datos"}, n, { x })')
  })

  it('must be named by a key written out, and a key the dictionary has', () => {
    expect(() => fillUiStrings('const a = 1\nt(key)', 'a.tsx', ui)).toThrow(
      /^a\.tsx:2: t\(\) and tp\(\) take a key written out/,
    )
    expect(() => fillUiStrings("t('dialog.open')", 'a.tsx', ui)).toThrow(
      /t\('dialog\.open'\): ui\.yaml has no such key/,
    )
    expect(() => fillUiStrings("tp('dialog.close', 2)", 'a.tsx', ui)).toThrow(
      /needs both dialog\.close\.one and dialog\.close\.other/,
    )
  })
})
