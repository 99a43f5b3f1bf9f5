// Checks the whole content model: each item against its schema, then the rules across files
// (unique ids, references that resolve, quotes found exactly once, no overlapping claims, dates
// that agree with each other and with the corrections log, and wording that keeps each fact's
// qualifiers, dates its figures and prints each percentage beside the figures it comes from). The
// rules live in validation/, one module per part of the content; this is the one entry point.
// Every error names the file, the id and the field, so a broken build says where to look.
import type { ContentBundle, CorrectionEntry, Editorial, NotesBundle, Publication, Site, VerdictScale } from './types'
import { checkArticle, checkPassageThemes, checkThemes } from './validation/article-rules'
import { checkClaims } from './validation/claim-rules'
import {
  checkCorrections,
  checkCorrectionTakeaways,
  checkNoteDates,
  checkPublication,
} from './validation/correction-rules'
import { checkEditorial, checkPeople, checkSiteAndScale } from './validation/editorial-rules'
import { checkMentions } from './validation/mention-rules'
import { checkFigures, checkTimeline } from './validation/record-display-rules'
import { checkNotes, checkSourcesAndFacts } from './validation/record-rules'
import { Reporter } from './validation/report'
import { checkRecordEnd, checkWording, type WordingLanguage } from './validation/wording-rules'

export type { ContentError, ContentFile } from './validation/report'
export { CONTENT_FILES, formatContentError } from './validation/report'

/** Everything validation reads: the whole content of one article. */
export type Everything = ContentBundle &
  NotesBundle & {
    editorial: Editorial
    corrections: CorrectionEntry[]
    publication: Publication
    /** Optional for callers that check the article's model alone (tests); the build always passes them. */
    site?: Site
    verdictScale?: VerdictScale
  }

/** Validates the whole content model and returns every error found (none means valid). */
export function validateContent(content: Everything, language: WordingLanguage = 'en') {
  const reporter = new Reporter()
  const passageById = checkArticle(reporter, content.article)
  const themeIds = checkThemes(reporter, content.themes)
  checkPassageThemes(reporter, passageById, themeIds)
  const claimIds = checkClaims(reporter, content.claims, passageById)
  const factIds = checkSourcesAndFacts(reporter, content)
  checkNotes(reporter, content, claimIds, factIds)
  checkPeople(reporter, content.people, factIds, claimIds)
  checkMentions(reporter, content, passageById)
  checkTimeline(reporter, content.timeline, factIds, claimIds)
  checkFigures(reporter, content.figures, content.facts, claimIds)
  const { editorial, corrections } = content
  checkEditorial(reporter, editorial, content.claims)
  if (content.site && content.verdictScale) checkSiteAndScale(reporter, content.site, content.verdictScale)
  const publication = checkPublication(reporter, content.publication)
  checkNoteDates(reporter, content.notes, publication)
  checkRecordEnd(reporter, content.notes, publication)
  checkCorrections(reporter, corrections, content.notes, claimIds, publication)
  checkCorrectionTakeaways(reporter, corrections, editorial)
  checkWording(reporter, { ...content, editorial }, language)
  return reporter.errors
}
