import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentFolderFiles, scaleContent } from '../../scripts/bench/content.mjs'
import { formatProblem, loadContent } from '../../scripts/content/load-content'
import { writeContentFolder } from '../../scripts/content/write-content.mjs'
import { claimNotes } from '../../src/content/claim-notes'
import { claims } from '../../src/content/claims'
import { corrections } from '../../src/content/corrections'
import { editorial } from '../../src/content/editorial'
import { facts } from '../../src/content/facts'
import { figures } from '../../src/content/figures'
import { mentions } from '../../src/content/mentions'
import { people } from '../../src/content/people'
import { publication } from '../../src/content/publication'
import { sources } from '../../src/content/sources'
import { speakers } from '../../src/content/speakers'
import { themes } from '../../src/content/themes'
import { timeline } from '../../src/content/timeline'
import type { Passage } from '../../src/content/types'
import { validateContent } from '../../src/content/validate'
import { article } from '../shipped-content'

const real = { article, claims, claimNotes, editorial, corrections }
const realParts = real
const passagesOf = (a: typeof article): Passage[] => a.sections.flatMap((section) => section.passages)

/** How many passages carry each theme, as a share of all passages. */
function themeShares(passages: Passage[]) {
  const shares: Record<string, number> = {}
  for (const passage of passages) for (const theme of passage.themes) shares[theme] = (shares[theme] ?? 0) + 1
  for (const theme of Object.keys(shares)) shares[theme] = (shares[theme] ?? 0) / passages.length
  return shares
}

describe('scaleContent', () => {
  it('makes an article ten times the size with the same proportions of sections, passages, claims and themes', () => {
    const scaled = scaleContent(real, 10)
    expect(scaled.article.sections).toHaveLength(article.sections.length * 10)
    expect(passagesOf(scaled.article)).toHaveLength(passagesOf(article).length * 10)
    expect(scaled.claims).toHaveLength(claims.length * 10)
    expect(scaled.claimNotes).toHaveLength(claimNotes.length * 10)
    expect(themeShares(passagesOf(scaled.article))).toEqual(themeShares(passagesOf(article)))
  })

  it('gives content that passes the same validation as the real content (ids, anchoring, overlaps, references)', () => {
    const scaled = scaleContent(real, 10)
    const errors = validateContent({
      article: scaled.article,
      claims: scaled.claims,
      notes: scaled.claimNotes,
      editorial: scaled.editorial,
      corrections: scaled.corrections,
      themes,
      speakers,
      facts,
      sources,
      people,
      mentions,
      timeline,
      figures,
      publication,
    })
    expect(errors).toEqual([])
  })

  it('at 1× is the real content', () => {
    expect(scaleContent(real, 1)).toEqual(real)
  })

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => scaleContent(real, 0)).toThrow(/whole number/)
    expect(() => scaleContent(real, 2.5)).toThrow(/whole number/)
  })
})

describe('contentFolderFiles', () => {
  it('writes the scaled article as a content folder that the build loads and validates without an error', () => {
    const real = loadContent('content/mexico-security-chief')
    const dir = mkdtempSync(join(tmpdir(), 'bench-content-'))
    try {
      writeContentFolder(dir, contentFolderFiles(real.modules, scaleContent(realParts, 2)))
      const scaled = loadContent(dir)
      expect(scaled.problems.map(formatProblem)).toEqual([])
      expect(scaled.modules.claims).toHaveLength(claims.length * 2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
