import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, loadContent } from '../../scripts/content/load-content'
import { contentFiles, writeContentFolder } from '../../scripts/content/write-content.mjs'
import { starterContent } from '../../scripts/new-article.mjs'

describe('npm run new-article', () => {
  it('writes a starting article that passes every check, with a placeholder wherever an editor writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-article-'))
    try {
      const files = contentFiles(starterContent('city-budget'))
      writeContentFolder(dir, files)
      expect(loadContent(dir).problems.map(formatProblem)).toEqual([])
      expect(files['article.md']).toMatch(/^# Replace this with the article’s headline$/m)
      expect(files['claims/first-claim.md']).toMatch(/^ruling: Replace this/m)
      expect(Object.keys(files).sort()).toContain('site.yaml')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
