// Dates and the corrections log: the explainer's own dates, each note's check and update dates, and
// a log in which every change to a published note is dated, with what and why. A note marked as
// updated must be in the log under that date, and the log may name only claims whose notes show it.
import { correctionEntrySchema, isCalendarDay, publicationSchema } from '../schema'
import type { ClaimNote, CorrectionEntry, Editorial, Publication } from '../types'
import { CONTENT_FILES, type Reporter } from './report'

const day = (value: unknown): string | undefined =>
  typeof value === 'string' && isCalendarDay(value) ? value : undefined

/** Checks the explainer's dates; returns them when they are valid. */
export function checkPublication(reporter: Reporter, publication: Publication): Publication | undefined {
  const file = CONTENT_FILES.publication
  if (!reporter.check(file, publicationSchema, publication, 'publication')) return undefined
  if (publication.updated < publication.published) {
    reporter.report(
      file,
      'publication',
      'updated',
      `${publication.updated} is before published (${publication.published})`,
      'date-order',
    )
    return undefined
  }
  return publication
}

/** Checks each note's dates against each other and against the explainer's last update. */
export function checkNoteDates(
  reporter: Reporter,
  notes: readonly ClaimNote[],
  publication: Publication | undefined,
): void {
  const file = CONTENT_FILES.notes
  const lastUpdate = publication?.updated
  const after = (date: string) =>
    `${date} is after the explainer’s last update (${lastUpdate}) in ${CONTENT_FILES.publication}`
  for (const note of notes) {
    const checked = day(note?.checked)
    const updated = day(note?.updated)
    if (checked && updated && updated < checked) {
      reporter.report(
        file,
        note.claimId,
        'updated',
        `${updated} is before the check on ${checked}`,
        'update-before-check',
      )
    }
    if (lastUpdate && checked && checked > lastUpdate)
      reporter.report(file, note.claimId, 'checked', after(checked), 'date-after-last-update')
    if (lastUpdate && updated && updated > lastUpdate)
      reporter.report(file, note.claimId, 'updated', after(updated), 'date-after-last-update')
  }
}

/**
 * Checks the corrections log against the claims and their notes: each entry well formed, listed
 * newest first, dated within the explainer's life and naming claims that exist, whose notes were
 * checked or updated on or after that date; and every updated note logged under its update date.
 */
export function checkCorrections(
  reporter: Reporter,
  corrections: readonly CorrectionEntry[],
  notes: readonly ClaimNote[],
  claimIds: ReadonlySet<string>,
  publication: Publication | undefined,
): void {
  const file = CONTENT_FILES.corrections
  const noteOf = new Map(notes.map((note) => [note.claimId, note]))
  const valid = corrections.filter((entry, i) => reporter.check(file, correctionEntrySchema, entry, `#${i}`))
  reporter.unique(file, corrections, 'id', 'correction')
  valid.forEach((entry, i) => {
    const newer = valid[i - 1]
    if (newer && entry.date > newer.date) {
      reporter.report(
        file,
        entry.id,
        'date',
        `${entry.date} is newer than "${newer.id}" above it (newest first)`,
        'corrections-order',
      )
    }
    if (publication && entry.date < publication.published) {
      reporter.report(
        file,
        entry.id,
        'date',
        `${entry.date} is before the explainer was published (${publication.published})`,
        'date-order',
      )
    }
    if (publication && entry.date > publication.updated) {
      reporter.report(
        file,
        entry.id,
        'date',
        `${entry.date} is after the explainer’s last update (${publication.updated})`,
        'date-after-last-update',
      )
    }
    entry.claimIds.forEach((claimId, c) => {
      const field = `claimIds.${c}`
      if (!claimIds.has(claimId)) {
        reporter.report(file, entry.id, field, `no claim "${claimId}"`, 'unknown-reference')
        return
      }
      const note = noteOf.get(claimId)
      const checked = day(note?.checked)
      const updated = day(note?.updated)
      if (!checked || entry.date === checked || (updated && updated >= entry.date)) return
      reporter.report(
        file,
        entry.id,
        field,
        entry.date < checked
          ? `claim "${claimId}" was first checked on ${checked}, after this entry`
          : `claim "${claimId}" changed on ${entry.date}, but its note in ${CONTENT_FILES.notes} has no "updated" date on or after it`,
        'correction-not-in-note',
      )
    })
  })
  for (const note of notes) {
    const updated = day(note?.updated)
    if (updated && !valid.some((entry) => entry.date === updated && entry.claimIds.includes(note.claimId))) {
      reporter.report(
        CONTENT_FILES.notes,
        note.claimId,
        'updated',
        `changed on ${updated}, but no entry of ${file} dated ${updated} names this claim`,
        'change-not-logged',
      )
    }
  }
}

/** Checks that every takeaway the log names exists (the log names each takeaway whose text changed). */
export function checkCorrectionTakeaways(
  reporter: Reporter,
  corrections: readonly CorrectionEntry[],
  editorial: Editorial,
): void {
  const takeawayIds = new Set((editorial?.takeaways ?? []).map((takeaway) => takeaway.id))
  for (const entry of corrections) {
    entry?.takeawayIds?.forEach((takeawayId, t) => {
      if (!takeawayIds.has(takeawayId)) {
        reporter.report(
          CONTENT_FILES.corrections,
          entry.id,
          `takeawayIds.${t}`,
          `no takeaway "${takeawayId}"`,
          'unknown-reference',
        )
      }
    })
  }
}
