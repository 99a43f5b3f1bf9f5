import { findQuote } from '../content/quote'
import type { Article, DatedRole, Mention } from '../content/types'

/** The card a mention opens: one per person and date its sentence concerns. */
export function cardId(mention: Pick<Mention, 'personId' | 'date'>): string {
  return `who-card-${mention.personId}${mention.date ? `-${mention.date}` : ''}`
}

/** The anchor of a person's entry in who's who, where a mention leads without JavaScript. */
export const whoAnchor = (personId: string) => `who-${personId}`

/** The element id of a mention in the text. */
export const mentionAnchor = (mentionId: string) => `mention-${mentionId}`

/** Mentions in article order: by passage, then by place in the passage. */
export function mentionsInOrder(article: Article, mentions: readonly Mention[]): Mention[] {
  const passages = article.sections.flatMap((section) => section.passages)
  const place = (mention: Mention) => {
    const index = passages.findIndex((passage) => passage.id === mention.passageId)
    const passage = passages[index]
    return [index, passage ? (findQuote(passage.text, mention.quote)[0] ?? 0) : 0] as const
  }
  return [...mentions].sort((a, b) => {
    const [pa, oa] = place(a)
    const [pb, ob] = place(b)
    return pa - pb || oa - ob
  })
}

/**
 * The mentions that open a card: the first of each person in each section. Later mentions in the
 * same section are marked quietly, so a name is one control per section, not one per sentence.
 */
export function firstMentions(article: Article, mentions: readonly Mention[]): Set<string> {
  const sectionOf = new Map(
    article.sections.flatMap((section) => section.passages.map((passage) => [passage.id, section.id] as const)),
  )
  const seen = new Set<string>()
  const first = new Set<string>()
  for (const mention of mentionsInOrder(article, mentions)) {
    const key = `${sectionOf.get(mention.passageId)} ${mention.personId}`
    if (seen.has(key)) continue
    seen.add(key)
    first.add(mention.id)
  }
  return first
}

/** The first and last day of a date written YYYY-MM-DD or YYYY-MM. */
function period(date: string): [string, string] {
  return date.length === 7 ? [`${date}-01`, `${date}-31`] : [date, date]
}

/** The roles held at some time within `date` (a day, or a month: a role may end and another begin within it). */
export function rolesAt(roles: readonly DatedRole[], date: string): DatedRole[] {
  const [first, last] = period(date)
  return roles.filter((role) => role.from <= last && (role.to === undefined || role.to >= first))
}
