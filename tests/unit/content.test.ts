import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { formatContentError, validateContent } from '../../src/content/validate'
import { allPassages } from '../../src/lib/article'
import { shipped } from '../shipped-content'

const everything = shipped()
const articleText = readFileSync('content/mexico-security-chief/article.txt', 'utf8')

describe('content review: the content as shipped', () => {
  it('passes every rule of the schema', () => {
    expect(validateContent(everything).map(formatContentError)).toEqual([])
  })

  it('reproduces the article verbatim: title, headings and paragraphs in order', () => {
    const { article } = content
    const rebuilt = [
      article.title,
      ...article.sections.flatMap((section, index) => [
        ...(index === 0 && section.editorialTitle ? [] : [section.title]),
        ...section.passages.map((passage) => passage.text),
      ]),
    ].join('\n\n')
    expect(rebuilt).toBe(articleText)
  })

  it('keeps the curly apostrophes of the source', () => {
    expect(content.article.title).toContain('Mexico’s')
    expect(allPassages(content.article).some((passage) => passage.text.includes("'"))).toBe(false)
  })

  it('gives the opening part an editorial section and keeps the two real headings as they are', () => {
    const [opening, ...rest] = content.article.sections
    expect(opening?.editorialTitle).toBe(true)
    expect(rest.map((section) => [section.title, section.editorialTitle])).toEqual([
      ['Strengthening Ties with the United States', false],
      ['Impact on Communities and Public Safety', false],
    ])
  })
})
