import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { content } from '../../src/content'
import { corrections } from '../../src/content/corrections'
import { notesBundle } from '../../src/content/notes'
import type { Claim } from '../../src/content/types'
import { verdictScale } from '../../src/content/verdicts'
import { ContextIsland } from '../../src/features/claims/context-island'
import { loadNotes } from '../../src/features/claims/notes-resource'
import { ClaimDetails } from '../../src/features/editorial/claim-details'
import { EditorsNote } from '../../src/features/editorial/editors-note'
import { ExplainerMatter } from '../../src/features/editorial/explainer-matter'
import { EXPLAINER_PARTS } from '../../src/features/editorial/explainer-parts'
import { formatSourceDate } from '../../src/lib/format'
import { renderApp } from '../render-app'

/** Renders the editor's note and the matter after the article, as they frame it in the page. */
async function renderIntro() {
  await act(async () => {
    render(
      <>
        <EditorsNote notes={notesBundle} />
        <ExplainerMatter notes={notesBundle} />
      </>,
    )
  })
}

const noteOf = (id: string) => {
  const note = notesBundle.notes.find((n) => n.claimId === id)
  if (!note) throw new Error(`no note ${id}`)
  return note
}
/** The ruling line at the top of a claim's details. */
const rulingOf = () => screen.getByText(/^Our ruling:/).closest('p') as HTMLElement

const claim = (id: string): Claim => {
  const found = content.claims.find((c) => c.id === id)
  if (!found) throw new Error(`no claim ${id}`)
  return found
}

describe('the editor’s note above the article and the explainer’s matter after it', () => {
  it('opens with an editor’s note that links to the one claim the record contradicts, and to no other', async () => {
    await renderIntro()
    const note = screen.getByRole('note', { name: /editor’s note/i })
    expect(within(note).getByText(/The record contradicts one statement/)).toBeInTheDocument()
    expect(
      within(note)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'))
        .filter((href) => href?.startsWith('#claim-')),
    ).toEqual(['#claim-nyt-interview-date'])
    expect(within(note).getByRole('link', { name: 'The interview’s date' })).toBeInTheDocument()
    expect(note).toHaveTextContent('19 December 2025')
  })

  it('points from the editor’s note to each part after the article, and each part is there', async () => {
    await renderIntro()
    const note = screen.getByRole('note', { name: /editor’s note/i })
    for (const { title: name, id } of EXPLAINER_PARTS) {
      expect(within(note).getByRole('link', { name })).toHaveAttribute('href', `#${id}`)
      expect(document.getElementById(id)).toContainElement(screen.getByRole('heading', { level: 2, name }))
    }
  })

  it('lists the takeaways under “At a glance”, each linking to the claims it rests on', async () => {
    await renderIntro()
    const heading = screen.getByRole('heading', { level: 2, name: 'At a glance' })
    const list = within(heading.closest('section') as HTMLElement).getByRole('list')
    const items = within(list).getAllByRole('listitem')
    expect(items.length).toBeGreaterThanOrEqual(3)
    expect(items.length).toBeLessThanOrEqual(5)
    for (const item of items) {
      const links = within(item).getAllByRole('link')
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.getAttribute('href')).toMatch(/^#claim-[a-z0-9-]+$/)
    }
  })

  it('shows who’s who, and opens an entry to its description and sources', async () => {
    const user = userEvent.setup()
    await renderIntro()
    const heading = screen.getByRole('heading', { level: 2, name: 'Who’s who' })
    const part = within(heading.closest('section') as HTMLElement)
    const name = await part.findByText('Omar García Harfuch', { selector: 'strong' })
    for (const other of ['Claudia Sheinbaum', 'National Guard']) expect(part.getByText(other)).toBeInTheDocument()
    expect(part.getByText(/\(SSPC\)/)).toBeInTheDocument()
    const details = name.closest('details') as HTMLDetailsElement
    expect(details.open).toBe(false)
    await user.click(name)
    expect(details.open).toBe(true)
    expect(within(details).getByText(/survived an ambush/)).toBeInTheDocument()
    expect(
      within(details).getByRole('link', { name: /^Omar García Harfuch ?\(opens in a new tab\)$/ }),
    ).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Omar_Garc%C3%ADa_Harfuch')
  })

  it('prerenders everything through the page’s island once the notes are loaded, who’s who included', async () => {
    await loadNotes()
    // The island the page renders on the server: with the chunk loaded, it renders whole, at once.
    const html = renderToString(
      <ContextIsland
        render={(chunk) => (
          <>
            <chunk.EditorsNote notes={chunk.notesBundle} />
            <chunk.ExplainerMatter notes={chunk.notesBundle} />
          </>
        )}
      />,
    )
    const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
    expect(text).toContain('Editor’s note')
    for (const { title } of EXPLAINER_PARTS) expect(text).toContain(title)
    // Who's who entries are closed <details>: their descriptions must be in the HTML all the same.
    for (const person of notesBundle.people) {
      expect(text, person.id).toContain(person.name)
      expect(text, person.id).toContain(person.description)
    }
    for (const note of notesBundle.notes) expect(text, note.claimId).toContain(note.ruling)
  })
})

describe('ClaimDetails', () => {
  it('shows a contradicted claim with its words, speaker, kind, flagged verdict, record and sources', () => {
    render(<ClaimDetails claim={claim('nyt-interview-date')} notes={notesBundle} headingLevel={3} />)
    expect(screen.getByText('“Speaking to The New York Times in September 2023”')).toBeInTheDocument()
    expect(rulingOf()).toHaveTextContent(`⚠ Our ruling: Contradicted. ${noteOf('nyt-interview-date').ruling}`)
    expect(screen.getByText(verdictScale.contradicted.meaning)).toBeInTheDocument()
    expect(screen.getByText('⚠')).toHaveAttribute('aria-hidden', 'true')
    expect(screen.getByText(/The article’s own narration/)).toBeInTheDocument()
    expect(screen.getByText(/Statement of fact/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'What the record shows' })).toBeInTheDocument()
    expect(screen.getByText(/The date in the article is wrong/)).toBeInTheDocument()
    const source = screen.getByRole('link', { name: /New York Times destaca rol de Harfuch/ })
    expect(source).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.eluniversal\.com\.mx\//))
    expect(source).toHaveAttribute('rel', 'noopener noreferrer')
    const citation = within(source.closest('span') as HTMLElement)
    expect(citation.getByText('19 December 2025')).toHaveAttribute('datetime', '2025-12-19')
  })

  it('says in words when a fact is second-hand or the government’s own figure, and when a source has no link', () => {
    render(<ClaimDetails claim={claim('leader-captures')} notes={notesBundle} headingLevel={4} />)
    expect(screen.getByRole('heading', { level: 4, name: 'The facts behind the check' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull()
    expect(screen.getByText('The government’s own figure:')).toBeInTheDocument()
    expect(screen.getByText(/Omar García Harfuch, as reported/)).toBeInTheDocument()
    expect(screen.getByText('Our ruling: Partly supported.')).toBeInTheDocument()
    expect(screen.queryByText('⚠')).toBeNull()
    expect(screen.getByText(/no link available/)).toBeInTheDocument()
  })

  it('labels the New York Times piece as known through El Universal, under the date as under intelligence sharing', () => {
    const label = 'Second-hand, from El Universal’s report of the New York Times piece:'
    for (const id of ['intelligence-sharing', 'nyt-interview-date']) {
      const { unmount } = render(<ClaimDetails claim={claim(id)} notes={notesBundle} headingLevel={3} />)
      expect(screen.getByText(label), id).toBeInTheDocument()
      unmount()
    }
  })

  it('leaves related claims, themes and paging to its host', () => {
    render(<ClaimDetails claim={claim('optimistic-forecast')} notes={notesBundle} headingLevel={3} />)
    expect(screen.queryByText(/related/i)).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.queryByText(/next claim|previous claim/i)).toBeNull()
    expect(screen.getByText('Our ruling: Unverifiable.')).toBeInTheDocument()
  })

  it('opens with our ruling, before the marked words, then the date of the check', () => {
    render(<ClaimDetails claim={claim('increased-funding')} notes={notesBundle} headingLevel={3} />)
    const ruling = rulingOf()
    expect(ruling).toHaveTextContent(`Our ruling: Not borne out. ${noteOf('increased-funding').ruling}`)
    const quote = screen.getByText(/^“increased funding for law enforcement/)
    expect(ruling.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.getByText('28 November 2026')).toHaveAttribute('datetime', '2026-11-28')
    expect(screen.getByText('20 January 2026')).toHaveAttribute('datetime', '2026-01-20')
    expect(screen.getByText(/^Checked/)).toHaveTextContent(
      'Checked 28 November 2026, against the record to 20 January 2026 · Updated 4 December 2026 — see the corrections log (2 entries)',
    )
  })

  it('links a changed note to its entry in the corrections log, or to the log where several entries name it', () => {
    const { unmount } = render(
      <ClaimDetails claim={claim('communities-suffer')} notes={notesBundle} headingLevel={3} />,
    )
    expect(screen.getByText('4 December 2026')).toHaveAttribute('datetime', '2026-12-04')
    expect(screen.getByRole('link', { name: 'see the corrections log' })).toHaveAttribute(
      'href',
      '/sources#correction-figures-dated',
    )
    unmount()
    render(<ClaimDetails claim={claim('nyt-interview-date')} notes={notesBundle} headingLevel={3} />)
    expect(screen.getByRole('link', { name: 'see the corrections log (3 entries)' })).toHaveAttribute(
      'href',
      '/sources#corrections',
    )
  })

  it('gives a claim added later its check date and no update', () => {
    render(<ClaimDetails claim={claim('aggressive-approach')} notes={notesBundle} headingLevel={3} />)
    expect(screen.getByText(/^Checked/)).toHaveTextContent(
      /^Checked 4 December 2026, against the record to 20 January 2026$/,
    )
    expect(screen.queryByRole('link', { name: /corrections log/ })).toBeNull()
    expect(rulingOf()).toHaveTextContent(/^Our ruling: Unverifiable\. “Aggressive” is the article’s characterisation/)
  })

  it('ends with a way to report an error, by an e-mail naming the claim’s id, label and address', () => {
    render(<ClaimDetails claim={claim('white-house-role')} notes={notesBundle} headingLevel={3} />)
    const link = screen.getByRole('link', { name: 'Report an error in this check' })
    const href = link.getAttribute('href') ?? ''
    expect(href).toMatch(/^mailto:corrections@cartel-strategy-explained\.example\?subject=/)
    const query = new URL(href).searchParams
    expect(query.get('subject')).toBe('Error report: The White House’s role (white-house-role)')
    expect(query.get('body')).toContain('Claim: The White House’s role (white-house-role)')
    expect(query.get('body')).toContain('https://cartel-strategy-explained.example/?claim=white-house-role')
    expect(link.closest('p')).toHaveTextContent(
      'Report an error in this check by e-mail to corrections@cartel-strategy-explained.example',
    )
  })
})

describe('the Sources & method page', () => {
  it('explains the method: the unchanged article, the choice of claims, the verdicts and the confidence levels', async () => {
    await renderApp('/sources')
    const main = screen.getByRole('main')
    expect(within(main).getByRole('heading', { level: 1, name: 'Sources & method' })).toBeInTheDocument()
    expect(within(main).getByText(/article is reproduced unchanged/)).toBeInTheDocument()
    expect(within(main).getByRole('heading', { level: 2, name: 'How we chose the key claims' })).toBeInTheDocument()
    expect(within(main).getByRole('heading', { level: 2, name: 'The record-check scale' })).toBeInTheDocument()
    const terms = within(main)
      .getAllByRole('term')
      .map((term) => term.textContent ?? '')
    for (const label of ['Supported (', 'Partly supported (', 'Not borne out (', 'Contradicted (', 'Unverifiable (']) {
      expect(terms.some((term) => term.startsWith(label))).toBe(true)
    }
    expect(terms).toContain('Reported second-hand or disputed')
    expect(terms).toContain('The government’s own figure')
    expect(terms).toContain('Contradicted (1 claim)')
  })

  it('defines every verdict the claims use, and the rules the editors rate by', async () => {
    await renderApp('/sources')
    const main = screen.getByRole('main')
    for (const verdict of new Set(content.claims.map((c) => c.verdict))) {
      const definition = document.getElementById(`verdict-meaning-${verdict}`) as HTMLElement
      expect(definition, verdict).not.toBeNull()
      expect(within(definition).getByRole('term')).toHaveTextContent(new RegExp(`^${verdictScale[verdict].label} \\(`))
      expect(within(definition).getByRole('definition')).toHaveTextContent(verdictScale[verdict].meaning)
    }
    const rules = within(main).getByRole('heading', { level: 2, name: 'How we rate a claim' })
    expect(rules.nextElementSibling).toHaveTextContent('The checks are the editors’')
    expect(
      within(main).getByText(/^“Contradicted” only when the record shows the statement false as worded/),
    ).toBeInTheDocument()
    expect(within(main).getByText(/means we know a fact only through another outlet’s report/)).toBeInTheDocument()
    expect(
      within(main).getByText(/Many of the sources are in Spanish\. We summarise what they report in our own words/),
    ).toBeInTheDocument()
  })

  it('offers a general way to report an error, not tied to a claim', async () => {
    await renderApp('/sources')
    const link = within(screen.getByRole('main')).getByRole('link', { name: 'report an error' })
    const href = link.getAttribute('href') ?? ''
    expect(href).toMatch(/^mailto:corrections@cartel-strategy-explained\.example\?/)
    expect(new URL(href).searchParams.get('subject')).toBe('Error report')
    expect(new URL(href).searchParams.get('body')).toContain('https://cartel-strategy-explained.example/sources')
  })

  it('keeps a corrections log, each entry dated, with the claims it touches, what changed and why', async () => {
    await renderApp('/sources')
    const log = screen.getByRole('region', { name: 'Corrections' })
    expect(log).toHaveAttribute('id', 'corrections')
    const entries = within(log).getAllByRole('listitem')
    expect(entries).toHaveLength(corrections.length)
    expect(entries.length).toBeGreaterThanOrEqual(10)
    for (const [index, entry] of corrections.entries()) {
      const item = entries[index] as HTMLElement
      expect(item).toHaveAttribute('id', `correction-${entry.id}`)
      expect(item.querySelector('time')).toHaveAttribute('datetime', entry.date)
      expect(item.querySelector('time')).toHaveTextContent(formatSourceDate(entry.date))
      expect(item).toHaveTextContent(`What changed. ${entry.what}`)
      expect(item).toHaveTextContent(`Why. ${entry.why}`)
      const links = within(item).queryAllByRole('link')
      expect(links.map((link) => link.getAttribute('href'))).toEqual(entry.claimIds.map((id) => `/?claim=${id}`))
    }
    // The funding correction says what a reader of the old note saw and what it says now.
    const funding = document.getElementById('correction-funding-budgets-named') as HTMLElement
    expect(funding).toHaveTextContent('changed from Contradicted to Not borne out')
    expect(within(funding).getByRole('link', { name: 'More money and training for police' })).toBeInTheDocument()
  })

  it('lists every source once, with publisher, date and a safe link, and the facts it backs', async () => {
    await renderApp('/sources')
    const heading = await screen.findByRole('heading', { level: 2, name: `Sources (${notesBundle.sources.length})` })
    const list = heading.closest('section')?.querySelector('ul') as HTMLElement
    expect(list.querySelectorAll(':scope > li')).toHaveLength(notesBundle.sources.length)
    for (const source of notesBundle.sources) {
      const item = document.getElementById(`source-${source.id}`) as HTMLElement
      expect(item, source.id).not.toBeNull()
      expect(item).toHaveTextContent(source.publisher)
      const external = within(item)
        .queryAllByRole('link')
        .filter((link) => !link.getAttribute('href')?.startsWith('/'))
      // A source with a link shows it first, opening safely; one without has no outside link.
      expect(
        external.map((link) => link.getAttribute('href')),
        source.id,
      ).toEqual(source.url ? [source.url] : [])
      for (const link of external) expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
    expect(notesBundle.sources.some((source) => source.url)).toBe(true)
    const budget = document.getElementById('source-latin-american-news-2024-11-17') as HTMLElement
    expect(budget).toHaveTextContent('17 November 2024')
    expect(
      within(budget).getByText(/from 105,838 to 70,422 million pesos.*a fall of 33\.5% in nominal pesos/),
    ).toBeInTheDocument()
    expect(within(budget).getByRole('link', { name: 'More money and training for police' })).toHaveAttribute(
      'href',
      '/#claim-increased-funding',
    )
  })
})
