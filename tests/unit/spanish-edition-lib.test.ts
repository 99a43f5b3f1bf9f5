import { describe, expect, it, vi } from 'vitest'
import { content } from '../../src/content'
import { notesBundle } from '../../src/content/notes'
import { claimPath } from '../../src/lib/claim-url'
import { formatSourceDate } from '../../src/lib/format-date'
import { reportErrorHref } from '../../src/lib/report-error'
import { structuredData } from '../../src/lib/structured-data'

// The Spanish edition's build sets the language and locale (SITE_LANG=es); here only those two
// change, so the words stay the English edition's while dates and languages follow the Spanish.
vi.mock('../../src/lib/i18n', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/i18n')>()),
  LANG: 'es',
  LOCALE: 'es-MX',
}))

describe('the Spanish edition’s dates, addresses and structured data', () => {
  it('writes a source date as a Mexican newsroom does, whole, by month or by year', () => {
    expect(formatSourceDate('2025-12-19')).toBe('19 de diciembre de 2025')
    expect(formatSourceDate('2024-07-06')).toBe('6 de julio de 2024')
    expect(formatSourceDate('2025-02')).toBe('febrero de 2025')
    expect(formatSourceDate('2025')).toBe('2025')
  })

  it('marks every node of the page’s JSON-LD as Spanish, at the Spanish page’s addresses', () => {
    const site = { origin: 'https://example.org', name: 'Example explainer' }
    const graph = structuredData(content, notesBundle, site)['@graph'] as Record<string, unknown>[]
    const languages = new Set(graph.map((node) => node.inLanguage))
    expect(graph.length).toBeGreaterThan(2)
    expect([...languages]).toEqual(['es'])
    const addresses = graph.flatMap((node) => [node['@id'], node.url]).filter((value) => value !== undefined)
    expect(addresses.length).toBeGreaterThan(graph.length)
    for (const address of addresses) expect(String(address)).toMatch(/^https:\/\/example\.org\/es\//)
  })

  it('links a claim, and reports an error about it, at the Spanish page', () => {
    expect(claimPath('nyt-interview-date')).toBe('/es/?claim=nyt-interview-date')
    const settings = { email: 'corrections@example.org', origin: 'https://example.org' }
    const claimBody = new URL(reportErrorHref(settings, { id: 'a-b', label: 'A' })).searchParams.get('body')
    expect(claimBody).toContain('https://example.org/es/?claim=a-b')
    const generalBody = new URL(reportErrorHref(settings)).searchParams.get('body')
    expect(generalBody).toContain('https://example.org/es/sources')
  })
})
