import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, loadContent } from '../../scripts/content/load-content'

// Each folder of tests/fixtures/broken-content holds one broken edit of the fixture article: only
// the files it changes, and expected.txt, every line the check prints for it, in order.
const ARTICLE = 'tests/fixtures/articles/riverside-footbridge'
const BROKEN = 'tests/fixtures/broken-content'
const scratch = mkdtempSync(join(tmpdir(), 'content-errors-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The fixture article with one broken edit laid over it, checked as the build checks it. */
function check(edit?: string): string[] {
  const dir = join(scratch, edit ?? 'valid')
  cpSync(ARTICLE, dir, { recursive: true })
  if (edit) cpSync(join(BROKEN, edit), dir, { recursive: true })
  return loadContent(dir, dir).problems.map(formatProblem)
}

describe('the fixture article', () => {
  it('passes every rule', () => {
    expect(check()).toEqual([])
  })

  it('keeps prose with <, &, % and * as the editor wrote it', () => {
    const { modules } = loadContent(ARTICLE)
    const article = modules.article as { sections: { passages: { text: string }[] }[] }
    expect(article.sections[1]?.passages[0]?.text).toBe(
      'Officials expect fewer car crossings on the old road bridge. Cyclists & walkers <now> share 100% of the deck; *some* say it is too narrow.',
    )
  })
})

describe('a broken edit is reported as path:line:col: message (rule), every error in one run', () => {
  const edits = readdirSync(BROKEN).sort()

  it('has at least twelve broken edits to check', () => {
    expect(edits.length).toBeGreaterThanOrEqual(12)
  })

  it.each(edits)('%s', (edit) => {
    const expected = readFileSync(join(BROKEN, edit, 'expected.txt'), 'utf8')
      .trimEnd()
      .split('\n')
    expect(check(edit)).toEqual(expected)
  })
})
