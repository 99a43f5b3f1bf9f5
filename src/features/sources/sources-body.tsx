import { content } from '../../content'
import type { NotesBundle } from '../../content/types'
import { CONFIDENCES } from '../../content/types'
import { allPassages } from '../../lib/article'
import { CONFIDENCE_MEANINGS } from '../../lib/format'
import { ReportErrorLink } from '../editorial/report-error-link'
import { h2 } from './claim-links'
import { CorrectionsLog } from './corrections-log'
import { Glossary } from './glossary'
import { MethodSection } from './method-section'
import { SourceList } from './source-list'

const { article, claims, themes } = content
const passages = allPassages(article)

/**
 * How the explainer was made: the article's treatment, the choice of claims, how they are rated,
 * where the facts come from, how to report an error, the corrections log and every source. Takes
 * the notes as a prop so it can travel in the lazy context chunk; the page's shell
 * (sources-page.tsx) supplies them.
 */
export function SourcesBody({ notes }: { notes: NotesBundle }) {
  return (
    <>
      <p className="mt-4">
        How this explainer treats the article, how we chose and checked its key claims, what we have corrected, and
        every source behind the checks.
      </p>

      <h2 className={h2}>The article, unchanged</h2>
      <p className="mt-3">
        The article is reproduced unchanged: its title, headings and paragraphs, word for word and with their original
        punctuation. The text came to us without an author, outlet or date. The opening part has no heading of its own,
        so we added one and mark it as ours. Highlights, themes, notes and checks sit around the text and never alter
        it.
      </p>

      <MethodSection notes={notes} />

      <h2 className={h2}>Where the facts come from</h2>
      <p className="mt-3">
        Every fact in the notes comes from a fact sheet our editors vetted, each entry checked against the source cited
        for it. We restate the facts in our own words and add none. The fact sheet rates how sure each fact is, and we
        say so next to any fact that is not plainly confirmed:
      </p>
      <Glossary terms={CONFIDENCES.map((confidence) => ({ id: confidence, ...CONFIDENCE_MEANINGS[confidence] }))} />
      <p className="mt-3">
        <strong>Second-hand</strong> means we know a fact only through another outlet’s report of a piece, not from the
        piece itself. The New York Times profile and interview of December 2025 reaches us through El Universal’s report
        of it, so both facts drawn from it, the date of the interview and the surge in intelligence sharing, are
        labelled “Second-hand, from El Universal’s report of the New York Times piece”, and every note whose verdict
        rests on them says so.
      </p>
      <p className="mt-3">
        Many of the sources are in Spanish. We summarise what they report in our own words, in English, and quote
        nothing from them but their headlines. Source titles are the publishers’ headlines, in the language they were
        published in, several of them read from the link itself; where we could not establish a headline, a description
        in square brackets stands in for it. A date is as precise as the fact sheet gives it, and “undated” where it
        gives none.
      </p>

      <h2 className={h2}>Themes</h2>
      <p className="mt-3">
        Each paragraph of the article carries one or more of three themes, with a one-line reason shown where the themes
        panel lists it. A key claim carries only themes of its paragraph that its own words carry; its first theme
        colors its highlight.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {themes.map((theme) => (
          <li key={theme.id}>
            <span className="font-semibold">{theme.label}</span>: {theme.description}{' '}
            <span className="text-muted">
              ({passages.filter((p) => p.themes.includes(theme.id)).length} paragraphs,{' '}
              {claims.filter((c) => c.themes.includes(theme.id)).length} key claims)
            </span>
          </li>
        ))}
      </ul>

      <h2 className={h2}>Report an error</h2>
      <p className="mt-3">
        If you find an error in a check, a fact or a source, tell the editors:{' '}
        <ReportErrorLink>report an error</ReportErrorLink>. Each claim’s context has its own link, which names the
        claim. Where the record shows we were wrong, we correct the note and log the change below.
      </p>

      <CorrectionsLog notes={notes} />

      <SourceList notes={notes} />
    </>
  )
}
