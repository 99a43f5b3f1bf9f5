import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../scripts/content/load-content'

// The article's words live in content/<article>/ (Markdown and YAML), never in TypeScript: an editor
// changes them without touching code, and the code builds any article.
const { modules } = loadContent('content/mexico-security-chief')

type Texts = { text?: string; ruling?: string; context?: string; record?: string; description?: string }
const list = (name: string) => (modules[name] ?? []) as Texts[]
const article = modules.article as { sections: { passages: Texts[] }[] }

/** Every sentence of eight words or more that an editor wrote or the article holds. */
function sentences(): string[] {
  const texts = [
    ...article.sections.flatMap((section) => section.passages.map((passage) => passage.text)),
    ...list('claimNotes').flatMap((note) => [note.ruling, note.context, note.record]),
    ...list('facts').map((fact) => fact.text),
    ...list('people').map((person) => person.description),
    ...list('timeline').map((event) => event.text),
  ]
  return texts
    .flatMap((text) => (text ?? '').split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.split(/\s+/).length >= 8)
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('no TypeScript file holds the article’s words', () => {
  const all = sentences()

  it('has the sentences to look for: the article’s, the notes’ and rulings, the facts’, who’s who', () => {
    expect(all.length).toBeGreaterThan(100)
    expect(all.filter((sentence) => sentence.startsWith('We know the Times piece'))).toHaveLength(1)
  })

  it.each(['src', 'scripts', 'tests'])('in %s/', (dir) => {
    const found = codeFiles(dir).flatMap((file) => {
      const code = readFileSync(file, 'utf8')
      return all.filter((sentence) => code.includes(sentence)).map((sentence) => `${file}: ${sentence}`)
    })
    expect(found).toEqual([])
  })
})
