// The Spanish edition's content files mirror the English ones: same claims, passages, sections and
// non-text keys, every claim's Spanish quote found exactly once in its Spanish passage, no empty file.
// The files are read line by line (no YAML parser is a dependency), which their simple shape allows.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const EN_DIR = join(__dirname, '../../content/mexico-security-chief')
const ES_DIR = join(EN_DIR, 'es')

// Files with no words a reader sees (publication dates) and the verbatim English original.
const NOT_TRANSLATED = new Set(['publication.yaml', 'article.txt'])
// Front-matter keys of a claim that carry no reader text, so must match the English exactly.
const NON_TEXT_KEYS = [
  'passageId',
  'themes',
  'verdict',
  'related',
  'speakerId',
  'kind',
  'factIds',
  'checked',
  'updated',
]

const read = (path: string) => readFileSync(path, 'utf8')

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

const unquote = (value: string) => {
  const trimmed = value.trim()
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed
}

interface FrontMatter {
  keys: Map<string, string>
  quote: Map<string, string>
}

const frontMatter = (text: string): FrontMatter => {
  const keys = new Map<string, string>()
  const quote = new Map<string, string>()
  // No front matter gives no keys, which the claim tests then report key by key.
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!match) return { keys, quote }
  let inQuote = false
  for (const line of (match[1] ?? '').split('\n')) {
    const nested = /^ {2}(\w+): (.*)$/.exec(line)
    if (nested && inQuote) {
      const [, key = '', value = ''] = nested
      quote.set(key, unquote(value))
      continue
    }
    const top = /^(\w+):(.*)$/.exec(line)
    if (!top) continue
    const [, key = '', value = ''] = top
    inQuote = key === 'quote'
    keys.set(key, value.trim())
  }
  return { keys, quote }
}

interface Passage {
  id: string
  themes: string
  text: string
}

const field = (block: string, name: string) => (new RegExp(`^${name}: (.+)$`, 'm').exec(block)?.[1] ?? '').trim()

const passagesOf = (article: string): Passage[] =>
  [...article.matchAll(/<!-- passage\n([\s\S]*?)-->\n([^\n]+)/g)].map((m) => ({
    id: field(m[1] ?? '', 'id'),
    themes: field(m[1] ?? '', 'themes'),
    text: (m[2] ?? '').trim(),
  }))

const sectionIdsOf = (article: string) => [...article.matchAll(/^## .*\{#([\w-]+)[^}]*\}$/gm)].map((m) => m[1] ?? '')

const occurrences = (haystack: string, needle: string) => {
  if (needle === '') return 0
  let count = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++
  return count
}

const claimIds = (dir: string) =>
  readdirSync(join(dir, 'claims'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort()

describe('Spanish content files', () => {
  const enArticle = read(join(EN_DIR, 'article.md'))
  const esArticle = read(join(ES_DIR, 'article.md'))
  const enPassages = passagesOf(enArticle)
  const esPassages = passagesOf(esArticle)

  it('exist beside the English ones', () => {
    expect(existsSync(join(EN_DIR, 'article.md'))).toBe(true)
    expect(existsSync(join(ES_DIR, 'article.md'))).toBe(true)
  })

  it('have a Spanish file for every English content file that carries reader text', () => {
    const english = filesUnder(EN_DIR)
      .map((path) => relative(EN_DIR, path))
      .filter((path) => !path.startsWith('es/') && !NOT_TRANSLATED.has(path))
    expect(english.length).toBeGreaterThan(20)
    const missing = english.filter((path) => !existsSync(join(ES_DIR, path)))
    expect(missing).toEqual([])
  })

  it('are none of them empty', () => {
    const files = filesUnder(ES_DIR)
    expect(files.length).toBeGreaterThan(20)
    const empty = files.filter((path) => read(path).trim() === '').map((path) => relative(ES_DIR, path))
    expect(empty).toEqual([])
  })

  it('translate every English claim, and no other', () => {
    expect(claimIds(EN_DIR).length).toBeGreaterThanOrEqual(10)
    expect(claimIds(ES_DIR)).toEqual(claimIds(EN_DIR))
    expect(frontMatter(esArticle).keys.get('claims')).toBe(frontMatter(enArticle).keys.get('claims'))
  })

  it('keep every passage id, in order, with the same themes', () => {
    expect(enPassages.length).toBeGreaterThan(5)
    expect(esPassages.map((p) => [p.id, p.themes])).toEqual(enPassages.map((p) => [p.id, p.themes]))
  })

  it('translate every passage', () => {
    const untranslated = esPassages.filter((p) => enPassages.some((en) => en.text === p.text)).map((p) => p.id)
    expect(untranslated).toEqual([])
  })

  it('keep every section id, in order', () => {
    const english = sectionIdsOf(enArticle)
    expect(english.length).toBeGreaterThanOrEqual(3)
    expect(sectionIdsOf(esArticle)).toEqual(english)
  })

  it('give every interface string a unique key, Spanish text and its English beside it', () => {
    const lines = read(join(ES_DIR, 'ui.yaml'))
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    expect(lines.length).toBeGreaterThan(100)
    const malformed = lines.filter((line) => !/^[\w.-]+: "[^"]+" # \S/.test(line))
    expect(malformed).toEqual([])
    const keys = lines.map((line) => line.slice(0, line.indexOf(':')))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('name each verdict with one Spanish label, and leave no English label in the Spanish text', () => {
    const labels = [...read(join(ES_DIR, 'verdicts.yaml')).matchAll(/^ {2}label: (.+)$/gm)].map((m) => m[1] ?? '')
    expect(labels).toHaveLength(5)
    expect(new Set(labels).size).toBe(5)
    const englishLabels = [...read(join(EN_DIR, 'verdicts.yaml')).matchAll(/^ {2}label: (.+)$/gm)].map(
      (m) => m[1] ?? '',
    )
    const leftInEnglish = labels.filter((label) => englishLabels.includes(label))
    expect(leftInEnglish).toEqual([])
    const englishInText = filesUnder(ES_DIR).flatMap((path) => {
      // The English beside each interface string is a comment, for whoever wires the strings in.
      const text = read(path).replace(/ # .*$/gm, '')
      return englishLabels.filter((label) => text.includes(label)).map((label) => `${relative(ES_DIR, path)}: ${label}`)
    })
    expect(englishInText).toEqual([])
  })

  describe.each(claimIds(EN_DIR))('claim %s', (id) => {
    const en = frontMatter(read(join(EN_DIR, 'claims', `${id}.md`)))
    const esPath = join(ES_DIR, 'claims', `${id}.md`)
    const esText = existsSync(esPath) ? read(esPath) : ''
    const es = frontMatter(esText)

    it('keeps the English non-text keys unchanged', () => {
      const pick = (fm: FrontMatter) => NON_TEXT_KEYS.map((key) => [key, fm.keys.get(key)])
      expect(pick(es)).toEqual(pick(en))
    })

    it('has a Spanish quote found exactly once in its Spanish passage', () => {
      const passage = esPassages.find((p) => p.id === es.keys.get('passageId'))
      expect(passage, `passage ${es.keys.get('passageId')}`).toBeDefined()
      const text = passage?.text ?? ''
      const exact = es.quote.get('exact') ?? ''
      expect(exact.length).toBeGreaterThan(0)
      expect(occurrences(text, exact)).toBe(1)
      const anchored = `${es.quote.get('prefix') ?? ''}${exact}${es.quote.get('suffix') ?? ''}`
      expect(occurrences(text, anchored)).toBe(1)
      expect(text.includes(en.quote.get('exact') ?? '')).toBe(false)
    })

    it('has a translated label and ruling and both note sections', () => {
      for (const key of ['label', 'ruling']) {
        expect(es.keys.get(key), key).toBeTruthy()
        expect(es.keys.get(key)).not.toBe(en.keys.get(key))
      }
      const context = /## Context\n\n([^\n]+)/.exec(esText)?.[1] ?? ''
      const record = /## What the record shows\n\n([^\n]+)/.exec(esText)?.[1] ?? ''
      expect(context.length).toBeGreaterThan(40)
      expect(record.length).toBeGreaterThan(80)
    })
  })
})
