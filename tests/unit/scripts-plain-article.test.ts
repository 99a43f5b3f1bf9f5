import { describe, expect, it } from 'vitest'
import { plainArticleHtml } from '../../scripts/plain-article.mjs'
import { content } from '../../src/content'
import type { Article } from '../../src/content/types'

describe('plainArticleHtml', () => {
  it('holds the title, every section heading and every passage of the article, and no script', () => {
    const html = plainArticleHtml(content.article)
    const document = new DOMParser().parseFromString(html, 'text/html')
    expect(document.querySelector('h1')?.textContent).toBe(content.article.title)
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      content.article.sections.map((section) => section.title),
    )
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(
      content.article.sections.flatMap((section) => section.passages.map((passage) => passage.text)),
    )
    expect(document.querySelectorAll('script')).toHaveLength(0)
    expect(document.documentElement.lang).toBe('en')
  })

  it('writes text as text, never as markup', () => {
    const article: Article = {
      title: 'A <b>bold</b> "title"',
      source: '',
      sections: [
        {
          id: 's"1',
          title: '<img src=x onerror=alert(1)>',
          editorialTitle: false,
          passages: [{ id: 'p', text: 'a & b < c', themes: [], themeReason: '' }],
        },
      ],
    }
    const document = new DOMParser().parseFromString(plainArticleHtml(article), 'text/html')
    expect(document.querySelector('h1')?.textContent).toBe('A <b>bold</b> "title"')
    expect(document.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(document.querySelector('section')?.id).toBe('s"1')
    expect(document.querySelector('p')?.textContent).toBe('a & b < c')
    expect(document.querySelectorAll('img, b')).toHaveLength(0)
  })
})
