import { describe, expect, it, vi } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { formatSourceDate } from '../../src/lib/format-date'
import { structuredData } from '../../src/lib/structured-data'

// The Spanish edition's build sets the language and locale (SITE_LANG=es); here only those two
// change, so the words stay the English edition's while dates and languages follow the Spanish.
vi.mock('../../src/lib/i18n', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/i18n')>()),
  LANG: 'es',
  LOCALE: 'es-MX',
}))

describe('the Spanish edition’s dates and structured data', () => {
  it('writes a source date as a Mexican newsroom does, whole, by month or by year', () => {
    expect(formatSourceDate('2025-12-19')).toBe('19 de diciembre de 2025')
    expect(formatSourceDate('2024-07-06')).toBe('6 de julio de 2024')
    expect(formatSourceDate('2025-02')).toBe('febrero de 2025')
    expect(formatSourceDate('2025')).toBe('2025')
  })

  it('marks every node of the page’s JSON-LD as Spanish', () => {
    const site = { origin: 'https://example.org', name: 'Example explainer' }
    const graph = structuredData(content, notesBundle, site)['@graph'] as Record<string, unknown>[]
    const languages = new Set(graph.map((node) => node.inLanguage))
    expect(graph.length).toBeGreaterThan(2)
    expect([...languages]).toEqual(['es'])
  })
})
