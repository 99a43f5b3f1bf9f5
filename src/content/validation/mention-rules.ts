// Names in the text: every mention resolves (a person of who's who, a passage, words found there
// exactly once, outside every claim's words and every other mention), every person the article
// names is marked at least once, and a mention that gives a date has a card date to show.
import { mentionSchema } from '../schema'
import { type Claim, INTERVIEW_EVENT_ID, type Mention, type Passage, type Person, type TimelineEvent } from '../types'
import { anchorQuote, locateQuote, type Span } from './anchor'
import { CONTENT_FILES, type Reporter } from './report'

/** Where each claim sits in its passage (claims not found exactly once are left out: claim rules report them). */
function claimSpans(claims: readonly Claim[], passageById: ReadonlyMap<string, Passage>): Map<string, Span[]> {
  const spans = new Map<string, Span[]>()
  for (const claim of claims) {
    const passage = passageById.get(claim.passageId)
    const span = passage && locateQuote(claim.id, passage, claim.quote)
    if (!passage || span === undefined || typeof span === 'number') continue
    spans.set(passage.id, [...(spans.get(passage.id) ?? []), span])
  }
  return spans
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Checks the mentions against the people, the passages and the claims. */
export function checkMentions(
  reporter: Reporter,
  content: {
    mentions: readonly Mention[]
    people: readonly Person[]
    claims: readonly Claim[]
    timeline: readonly TimelineEvent[]
  },
  passageById: ReadonlyMap<string, Passage>,
): void {
  const file = CONTENT_FILES.mentions
  reporter.unique(file, content.mentions, 'id', 'mention')
  const personIds = new Set(content.people.map((person) => person.id))
  const claimsIn = claimSpans(content.claims, passageById)
  const marked = new Map<string, Span[]>()
  const markedPeople = new Set<string>()
  content.mentions.forEach((mention, i) => {
    if (!reporter.check(file, mentionSchema, mention, `#${i}`)) return
    if (!personIds.has(mention.personId)) {
      reporter.report(
        file,
        mention.id,
        'personId',
        `no person "${mention.personId}" in people.yaml`,
        'unknown-reference',
      )
    }
    const passage = passageById.get(mention.passageId)
    if (!passage) {
      reporter.report(file, mention.id, 'passageId', `no passage "${mention.passageId}"`, 'unknown-reference')
      return
    }
    const span = anchorQuote(reporter, file, mention.id, passage, mention.quote)
    if (!span) return
    const claim = (claimsIn.get(passage.id) ?? []).find((other) => overlaps(span, other))
    if (claim) {
      reporter.report(
        file,
        mention.id,
        'quote.exact',
        `overlaps claim "${claim.id}": a name inside a claim's words is reached from the claim's context`,
        'mention-overlap',
      )
    }
    const twice = (marked.get(passage.id) ?? []).find((other) => overlaps(span, other))
    if (twice) reporter.report(file, mention.id, 'quote.exact', `overlaps mention "${twice.id}"`, 'mention-overlap')
    marked.set(passage.id, [...(marked.get(passage.id) ?? []), span])
    markedPeople.add(mention.personId)
  })

  const passages = [...passageById.values()]
  for (const person of content.people) {
    const named = (person.names ?? []).find((name) => passages.some((passage) => passage.text.includes(name)))
    if (named && !markedPeople.has(person.id)) {
      reporter.report(
        CONTENT_FILES.people,
        person.id,
        'names',
        `the article names “${named}” but no mention marks it`,
        'unmarked-name',
      )
    }
  }
  if (content.mentions.length > 0 && !content.timeline.some((event) => event.id === INTERVIEW_EVENT_ID)) {
    reporter.report(
      CONTENT_FILES.timeline,
      INTERVIEW_EVENT_ID,
      'id',
      'the interview’s real date, which every name card gives, is missing',
      'missing-interview-date',
    )
  }
}
