// The zod schema of every content file. Used at build (scripts/prerender.mjs through the server
// entry) and in tests; never imported by client code, so zod stays out of the reader's bundle.
import { z } from 'zod'
import { CLAIM_KINDS, CONFIDENCES, UNDATED, VERDICTS } from './types'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)')
const text = z.string().trim().min(1, 'must not be empty')
const themeIds = z.array(slug).min(1, 'needs at least one theme')
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' })
const isoDate = z
  .string()
  .refine(
    (value) => value === UNDATED || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value),
    `must be YYYY, YYYY-MM, YYYY-MM-DD or "${UNDATED}"`,
  )

/** A calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
const day = z.string().refine(isCalendarDay, 'must be a real date written YYYY-MM-DD')

// One sentence of ours: the page writes "Our ruling: <verdict>." before it.
const ruling = text
  .refine((value) => !/^our ruling/i.test(value.trim()), 'must not begin with “Our ruling” (the page adds it)')
  .refine((value) => /[.!?]$/.test(value.trim()), 'must be a sentence ending with a full stop')

export const passageSchema = z.strictObject({
  id: slug,
  text,
  themes: themeIds,
  themeReason: text,
  // A translation not written yet: the edition shows the English text, marked as such.
  pending: z.boolean().optional(),
})

export const sectionSchema = z.strictObject({
  id: slug,
  title: text,
  editorialTitle: z.boolean(),
  passages: z.array(z.unknown()).min(1, 'needs at least one passage'),
})

export const articleSchema = z.strictObject({
  title: text,
  source: text,
  sections: z.array(z.unknown()).min(1, 'needs at least one section'),
})

export const themeSchema = z.strictObject({
  id: slug,
  label: text,
  description: text,
})

export const claimSchema = z.strictObject({
  id: slug,
  passageId: slug,
  quote: z.strictObject({ exact: text, prefix: z.string().optional(), suffix: z.string().optional() }),
  themes: themeIds,
  verdict: z.enum(VERDICTS),
})

export const claimNoteSchema = z.strictObject({
  claimId: slug,
  label: text,
  related: z.array(slug),
  speakerId: slug,
  kind: z.enum(CLAIM_KINDS),
  context: text,
  record: text,
  factIds: z.array(text).min(1, 'needs at least one fact'),
  ruling,
  checked: day,
  updated: day.optional(),
  wordsOnRecord: z.boolean().optional(),
  // A translation not written yet: its missing texts are the English note's, shown marked as such.
  pending: z.boolean().optional(),
  // Which of them the loader took from the English (set at build, not written by editors).
  englishFields: z.array(z.enum(['label', 'ruling', 'context', 'record'])).optional(),
})

export const siteSchema = z.strictObject({
  name: text,
  title: text,
  description: text,
  sourcesDescription: text,
  subject: text,
})

export const verdictScaleSchema = z.strictObject(
  Object.fromEntries(VERDICTS.map((verdict) => [verdict, z.strictObject({ label: text, meaning: text })])),
)

export const publicationSchema = z.strictObject({ published: day, updated: day, recordEnds: day })

export const correctionEntrySchema = z.strictObject({
  id: slug,
  date: day,
  claimIds: z.array(slug),
  takeawayIds: z.array(slug).optional(),
  what: text,
  why: text,
})

export const speakerSchema = z.strictObject({ id: slug, name: text, role: text })

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  date: isoDate,
  url: httpsUrl.optional(),
  // The language a headline is in (a title in [brackets] is our description, in the edition's).
  language: z.enum(['en', 'es']).optional(),
})

export const factSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][0-9]+$/, 'must be a fact-sheet id such as A1'),
  text,
  confidence: z.enum(CONFIDENCES),
  via: text.optional(),
  sourceIds: z.array(slug).min(1, 'needs at least one source'),
})

const factIds = z.array(z.string().regex(/^[A-Z][0-9]+$/, 'must be a fact-sheet id such as A1'))

/** A day (YYYY-MM-DD, a real date) or a month (YYYY-MM), as precise as the record is. */
const dayOrMonth = z
  .string()
  .refine((value) => isCalendarDay(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value), 'must be YYYY-MM-DD or YYYY-MM')

export const personSchema = z.strictObject({
  id: slug,
  name: text,
  role: text,
  description: text,
  factIds: factIds.min(1, 'needs at least one fact'),
  names: z.array(text).optional(),
  roles: z
    .array(
      z.strictObject({
        from: day,
        to: day.optional(),
        text,
        factIds: factIds.min(1, 'needs at least one fact'),
      }),
    )
    .optional(),
  why: text.optional(),
  claimIds: z.array(slug).optional(),
})

export const mentionSchema = z.strictObject({
  id: slug,
  personId: slug,
  passageId: slug,
  quote: z.strictObject({ exact: text, prefix: z.string().optional(), suffix: z.string().optional() }),
  date: dayOrMonth.optional(),
})

export const takeawaySchema = z.strictObject({
  id: slug,
  text,
  claimIds: z.array(slug).min(1, 'must rest on at least one claim'),
})

export const editorialSchema = z.strictObject({
  note: z.strictObject({
    text,
    corrections: z.array(z.strictObject({ claimId: slug, text })).min(1, 'an editor’s note names at least one error'),
  }),
  takeaways: z.array(z.unknown()).min(3, 'needs 3 to 5 takeaways').max(5, 'needs 3 to 5 takeaways'),
})

export const timelineEventSchema = z.strictObject({
  id: slug,
  date: dayOrMonth,
  text,
  kind: z.enum(['record', 'article']),
  factIds: factIds,
  claimIds: z.array(slug),
})

export const figureSchema = z.strictObject({
  id: slug,
  title: text,
  unit: text,
  values: z
    .array(
      z.strictObject({
        label: text,
        value: z.number().nonnegative(),
        factId: z.string().regex(/^[A-Z][0-9]+$/, 'must be a fact-sheet id such as A1'),
        provisional: z.enum(['proposal', 'preliminary']).optional(),
      }),
    )
    .min(2, 'a chart needs at least two values'),
  runningTotal: z.boolean().optional(),
  aside: z.strictObject({ text, factId: z.string().regex(/^[A-Z][0-9]+$/) }).optional(),
  caveat: text.optional(),
  claimIds: z.array(slug).min(1, 'a chart bears on at least one claim'),
})
