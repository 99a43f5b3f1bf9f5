// Content review: these tests pin this article's words and editorial choices (which claims, their
// verdicts, dates and counts, phrases the notes must never use). A failure here means the content
// changed or is wrong, not the code; the code's own tests are elsewhere.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { corrections } from '../../src/content/corrections'
import { editorial } from '../../src/content/editorial'
import { notesBundle } from '../../src/content/notes'
import { publication } from '../../src/content/publication'
import { themeReasons } from '../../src/content/theme-reasons'
import type { Verdict } from '../../src/content/types'
import { VERDICTS } from '../../src/content/types'
import { verdictScale } from '../../src/content/verdicts'
import { allPassages } from '../../src/lib/article'

const { article, claims } = content
const { notes, facts, sources, speakers } = notesBundle
const people = notesBundle.people

const noteOf = (claimId: string) => notes.find((note) => note.claimId === claimId)
const factsOf = (claimId: string) =>
  (noteOf(claimId)?.factIds ?? []).flatMap((id) => facts.find((f) => f.id === id) ?? [])
const sourcesOf = (claimId: string) =>
  factsOf(claimId).flatMap((fact) => fact.sourceIds.flatMap((id) => sources.find((s) => s.id === id) ?? []))
const claimCovering = (words: string) => claims.find((claim) => claim.quote.exact.includes(words))

describe('content review: the key claims', () => {
  it('number at least ten, with at least one in every section', () => {
    expect(claims.length).toBeGreaterThanOrEqual(10)
    for (const section of article.sections) {
      const inSection = claims.filter((claim) => section.passages.some((p) => p.id === claim.passageId))
      expect(inSection.length, section.id).toBeGreaterThan(0)
    }
  })

  it('mark every statement the brief names', () => {
    for (const words of [
      'Speaking to The New York Times in September 2023',
      'Mexico’s Security Chief',
      'capture of high-profile cartel leaders',
      'the crucial role of the White House',
      'intelligence sharing',
      'increased funding for law enforcement and improved training for officers',
      'thousands of deaths and widespread corruption',
      'holistic approach',
      'poverty and lack of education',
      'improved safety and stability',
      'The Mexican government has intensified its efforts against organized crime',
      'Many communities continue to suffer from the repercussions of cartel violence',
      'with sustained pressure on cartels, the government can foster an environment where citizens feel secure',
      'the importance of community engagement',
    ]) {
      expect(claimCovering(words), words).toBeDefined()
    }
  })

  it('each have at least one source with an https link behind them', () => {
    for (const claim of claims) {
      const linked = sourcesOf(claim.id).filter((source) => source.url?.startsWith('https://'))
      expect(linked.length, claim.id).toBeGreaterThan(0)
    }
  })

  it('each have a verdict on the documented scale, a speaker and at least one related claim', () => {
    for (const claim of claims) {
      expect(VERDICTS, claim.id).toContain(claim.verdict)
      expect(verdictScale[claim.verdict].meaning, claim.id).not.toBe('')
      const note = noteOf(claim.id)
      expect(
        speakers.map((s) => s.id),
        claim.id,
      ).toContain(note?.speakerId)
      expect(note?.related.length, claim.id).toBeGreaterThan(0)
    }
  })

  it('each have a one-sentence ruling and the date they were checked, and a logged date where their note changed', () => {
    for (const claim of claims) {
      const note = noteOf(claim.id)
      expect(note?.ruling, claim.id).toMatch(/^[A-Z“].*[.]$/)
      expect(note?.ruling, claim.id).not.toMatch(/^Our ruling/i)
      expect(note?.checked, claim.id).toMatch(/^2026-(11-2[89]|12-04)$/)
    }
    const changed = notes.filter((note) => note.updated !== undefined)
    expect(changed.length).toBeGreaterThan(0)
    for (const note of changed) {
      expect((note.updated ?? '') >= note.checked, note.claimId).toBe(true)
      const logged = corrections.filter((entry) => entry.date === note.updated && entry.claimIds.includes(note.claimId))
      expect(logged.length, note.claimId).toBeGreaterThan(0)
    }
    // Twelve claims were published on 28 November, four added on the 29th and one on 4 December; the
    // review of 4 December changed every note but the interview's date (last changed on the 29th).
    expect(claims.filter((claim) => noteOf(claim.id)?.checked === '2026-11-28')).toHaveLength(12)
    expect(claims.filter((claim) => noteOf(claim.id)?.checked === '2026-12-04').map((c) => c.id)).toEqual([
      'aggressive-approach',
    ])
    expect(notes.filter((note) => note.updated === '2026-11-29').map((note) => note.claimId)).toEqual([
      'nyt-interview-date',
    ])
    expect(notes.filter((note) => note.updated === '2026-12-04')).toHaveLength(15)
    expect(publication).toEqual({ published: '2026-11-28', updated: '2026-12-04', recordEnds: '2026-01-20' })
  })

  it('carry the verdicts their notes support by the written rubric', () => {
    const expected: Record<string, Verdict> = {
      'nyt-interview-date': 'contradicted',
      'security-chief-title': 'supported',
      'leader-captures': 'partly-supported',
      'white-house-role': 'not-borne-out',
      'partnership-evolved': 'partly-supported',
      'increased-funding': 'not-borne-out',
      'deaths-and-corruption': 'partly-supported',
      'holistic-approach': 'supported',
      'progress-far-from-over': 'supported',
      'optimistic-forecast': 'unverifiable',
      'intelligence-sharing': 'partly-supported',
      'intensified-efforts': 'partly-supported',
      'communities-suffer': 'supported',
      'pressure-forecast': 'unverifiable',
      'community-engagement': 'not-borne-out',
      'aggressive-approach': 'unverifiable',
      'key-figure': 'supported',
    }
    expect(Object.keys(expected).sort()).toEqual(claims.map((claim) => claim.id).sort())
    for (const [id, verdict] of Object.entries(expected)) {
      expect(claims.find((claim) => claim.id === id)?.verdict, id).toBe(verdict)
    }
  })

  it('rest on the facts the fact sheet gives for each statement', () => {
    expect(noteOf('nyt-interview-date')?.factIds).toEqual(expect.arrayContaining(['A2', 'A3']))
    expect(noteOf('security-chief-title')?.factIds).toEqual(expect.arrayContaining(['A1', 'A2']))
    expect(noteOf('increased-funding')?.factIds).toEqual(expect.arrayContaining(['F1', 'F2', 'F3']))
    expect(noteOf('white-house-role')?.factIds).toEqual(expect.arrayContaining(['B2', 'B3']))
    expect(noteOf('intelligence-sharing')?.factIds).toContain('B8')
    expect(noteOf('holistic-approach')?.factIds).toContain('E1')
    expect(noteOf('optimistic-forecast')?.kind).toBe('forecast')
    expect(noteOf('pressure-forecast')?.kind).toBe('forecast')
    expect(noteOf('intensified-efforts')?.factIds).toEqual(expect.arrayContaining(['B2', 'B4', 'B5', 'B6', 'C4']))
    expect(noteOf('communities-suffer')?.factIds).toEqual(expect.arrayContaining(['D2', 'D3']))
    // The article never reports him on community engagement: its own narration says it.
    expect(noteOf('community-engagement')?.speakerId).toBe('article')
  })

  it('say in the note itself when a verdict rests on El Universal’s report of the New York Times piece', () => {
    const secondHand = notes.filter((note) =>
      note.factIds.some((id) => facts.find((fact) => fact.id === id)?.via !== undefined),
    )
    expect(secondHand.length).toBeGreaterThan(0)
    for (const note of secondHand) expect(note.record, note.claimId).toMatch(/El Universal/)
  })

  it('keep the fact sheet’s doubts: second-hand and government figures are marked as such', () => {
    const confidence = (id: string) => facts.find((fact) => fact.id === id)?.confidence
    expect(confidence('B8')).toBe('partly')
    expect(confidence('D2')).toBe('partly')
    expect(confidence('C4')).toBe('claim')
    expect(factsOf('intelligence-sharing').some((fact) => fact.confidence === 'partly')).toBe(true)
  })

  it('label every fact from the New York Times piece as known through El Universal’s report of it', () => {
    const timesSource = 'eluniversal-2025-12-19'
    const fromTimes = facts.filter((fact) => fact.sourceIds.includes(timesSource))
    expect(fromTimes.map((fact) => fact.id).sort()).toEqual(['A3', 'B8'])
    for (const fact of fromTimes) expect(fact.via, fact.id).toBe('El Universal’s report of the New York Times piece')
  })
})

describe('content review: themes', () => {
  it('each hold at least three key claims', () => {
    for (const { id: theme } of content.themes) {
      expect(claims.filter((claim) => claim.themes.includes(theme)).length, theme).toBeGreaterThanOrEqual(3)
    }
  })

  it('tag every passage at least once, each with a reason an editor can read', () => {
    for (const passage of allPassages(article)) {
      expect(passage.themes.length, passage.id).toBeGreaterThan(0)
      expect(themeReasons[passage.id]?.trim().length ?? 0, passage.id).toBeGreaterThan(20)
    }
  })
})

describe('content review: sources', () => {
  it('are never listed twice under different titles', () => {
    const titlesByLink = new Map<string, Set<string>>()
    for (const source of sources) {
      if (!source.url) continue
      const titles = titlesByLink.get(source.url) ?? new Set<string>()
      titles.add(source.title)
      titlesByLink.set(source.url, titles)
    }
    for (const [url, titles] of titlesByLink) expect([...titles], url).toHaveLength(1)
    const links = sources.flatMap((source) => source.url ?? [])
    expect(new Set(links).size).toBe(links.length)
  })

  it('are each cited by at least one fact', () => {
    for (const source of sources) {
      expect(
        facts.some((fact) => fact.sourceIds.includes(source.id)),
        source.id,
      ).toBe(true)
    }
  })
})

describe('content review: the editorial layer', () => {
  it('names in the editor’s note exactly the claims the record contradicts, one short sentence each', () => {
    const named = editorial.note.corrections.map((correction) => correction.claimId)
    expect(named).toEqual(['nyt-interview-date'])
    for (const correction of editorial.note.corrections) {
      expect(correction.text.match(/[.!?](\s|$)/g), correction.claimId).toHaveLength(1)
    }
    expect(editorial.note.text).not.toMatch(/plainly wrong/i)
    const contradicted = claims.filter((claim) => claim.verdict === 'contradicted').map((claim) => claim.id)
    expect([...named].sort()).toEqual([...contradicted].sort())
  })

  it('never generalises one budget to all federal security spending', () => {
    // The SSPC's own budget fell; total security-sector spending is proposed up (facts F1, F2).
    const dir = join(import.meta.dirname, '../../src/content')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ts|txt)$/.test(name))
    expect(files.length).toBeGreaterThan(10)
    // The corrections log quotes the wording it replaced, so it is the one file allowed to.
    for (const name of files.filter((file) => file !== 'corrections.ts')) {
      const text = readFileSync(join(dir, name), 'utf8')
      expect(text, name).not.toMatch(/federal security funding was cut/i)
      expect(text, name).not.toMatch(/did not rise at federal level/i)
    }
  })

  it('has three to five takeaways, each resting on claims that exist', () => {
    expect(editorial.takeaways.length).toBeGreaterThanOrEqual(3)
    expect(editorial.takeaways.length).toBeLessThanOrEqual(5)
    for (const takeaway of editorial.takeaways) {
      expect(takeaway.claimIds.length, takeaway.id).toBeGreaterThan(0)
      for (const id of takeaway.claimIds)
        expect(
          claims.map((claim) => claim.id),
          takeaway.id,
        ).toContain(id)
    }
  })

  it('has a who’s who of the people and bodies the article names or implies, built from confirmed facts', () => {
    const names = people.map((person) => person.name).join(' | ')
    for (const name of ['Omar García Harfuch', 'Claudia Sheinbaum', 'SSPC', 'National Guard']) {
      expect(names).toContain(name)
    }
    for (const person of people) {
      for (const id of person.factIds) {
        // The card shows no confidence notes, so it may only use facts the fact sheet confirms first-hand.
        const fact = facts.find((f) => f.id === id)
        expect(fact?.confidence, `${person.id} ${id}`).toBe('confirmed')
        expect(fact?.via, `${person.id} ${id}`).toBeUndefined()
      }
    }
  })
})
