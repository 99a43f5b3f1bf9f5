import { describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_EMAIL, DEFAULT_SITE_URL, reportEmail, siteOrigin } from '../../scripts/site-config.mjs'
import { reportErrorHref } from '../../src/lib/report-error'

const settings = { email: 'corrections@example.org', origin: 'https://example.org' }
const parse = (href: string) => {
  const url = new URL(href)
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') }
}

describe('reportErrorHref', () => {
  it('addresses a claim’s report by its label, id and absolute URL', () => {
    const href = reportErrorHref(settings, { id: 'nyt-interview-date', label: 'The interview’s date' })
    expect(href.startsWith('mailto:corrections@example.org?subject=')).toBe(true)
    const { to, subject, body } = parse(href)
    expect(to).toBe('corrections@example.org')
    expect(subject).toBe('Error report: The interview’s date (nyt-interview-date)')
    expect(body).toContain(
      'Claim: The interview’s date (nyt-interview-date)\r\nhttps://example.org/?claim=nyt-interview-date',
    )
    expect(body).toContain('\r\n')
  })

  it('encodes what a mail client would misread: spaces, ampersands, question marks and line breaks', () => {
    const href = reportErrorHref(settings, { id: 'a-b', label: 'Q & A? 100%' })
    const query = href.slice(href.indexOf('?') + 1)
    expect(query.split('&')).toHaveLength(2)
    expect(query).not.toMatch(/[ \r\n]/)
    expect(parse(href).subject).toBe('Error report: Q & A? 100% (a-b)')
  })

  it('without a claim, offers a general report about the method page', () => {
    const { subject, body } = parse(reportErrorHref(settings))
    expect(subject).toBe('Error report')
    expect(body).toContain('https://example.org/sources')
    expect(body).not.toContain('Claim')
  })
})

describe('build settings', () => {
  it('default to the example domain', () => {
    expect(siteOrigin({})).toBe(DEFAULT_SITE_URL)
    expect(reportEmail({})).toBe(DEFAULT_REPORT_EMAIL)
    expect(DEFAULT_REPORT_EMAIL).toBe('corrections@cartel-strategy-explained.example')
  })

  it('take a valid address or origin from the environment', () => {
    expect(reportEmail({ REPORT_EMAIL: 'desk+errors@news.example.org' })).toBe('desk+errors@news.example.org')
    expect(siteOrigin({ SITE_URL: 'https://example.org/' })).toBe('https://example.org')
  })

  it('refuse a malformed address or origin with a one-line message naming the variable', () => {
    for (const bad of [
      '',
      'corrections',
      'a@b',
      'Editors <desk@example.org>',
      'a b@example.org',
      'x@example.org?cc=y',
    ]) {
      expect(() => reportEmail({ REPORT_EMAIL: bad }), bad).toThrow(/^REPORT_EMAIL must be one e-mail address/)
    }
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/^SITE_URL must be an absolute http\(s\) URL/)
  })
})
