// The record shown as a picture: the timeline's moments (in date order, each resting on facts
// that exist and bearing on claims that exist) and the charts (each number stated by its fact).
import { recordNumber, statesNumber } from '../../lib/stated-number'
import { figureSchema, timelineEventSchema } from '../schema'
import type { Fact, Figure, TimelineEvent } from '../types'
import { CONTENT_FILES, type Reporter } from './report'

/**
 * The order of a date on the timeline: a month (YYYY-MM) comes after every day of that month
 * written in full, since the record does not say which day it was.
 */
export const timelineOrder = (date: string) => (date.length === 7 ? `${date}-99` : date)

/** Checks the timeline: well formed, in date order, citing facts and claims that exist. */
export function checkTimeline(
  reporter: Reporter,
  timeline: readonly TimelineEvent[],
  factIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): void {
  const file = CONTENT_FILES.timeline
  let previous: TimelineEvent | undefined
  timeline.forEach((event, i) => {
    if (!reporter.check(file, timelineEventSchema, event, `#${i}`)) return
    if (event.kind === 'record' && event.factIds.length === 0) {
      reporter.report(
        file,
        event.id,
        'factIds',
        'a moment of the record rests on at least one fact',
        'record-needs-fact',
      )
    }
    event.factIds.forEach((factId, f) => {
      if (!factIds.has(factId))
        reporter.report(file, event.id, `factIds.${f}`, `no fact "${factId}"`, 'unknown-reference')
    })
    event.claimIds.forEach((claimId, c) => {
      if (!claimIds.has(claimId))
        reporter.report(file, event.id, `claimIds.${c}`, `no claim "${claimId}"`, 'unknown-reference')
    })
    if (previous && timelineOrder(event.date) < timelineOrder(previous.date)) {
      reporter.report(
        file,
        event.id,
        'date',
        `${event.date} comes before "${previous.id}" (${previous.date})`,
        'timeline-order',
      )
    }
    previous = event
  })
  reporter.unique(file, timeline, 'id', 'timeline event')
}

/** Checks the charts: well formed, bearing on claims that exist, each number stated by its fact. */
export function checkFigures(
  reporter: Reporter,
  figures: readonly Figure[],
  facts: readonly Fact[],
  claimIds: ReadonlySet<string>,
): void {
  const file = CONTENT_FILES.figures
  const factById = new Map(facts.map((fact) => [fact.id, fact]))
  figures.forEach((figure, i) => {
    if (!reporter.check(file, figureSchema, figure, `#${i}`)) return
    figure.values.forEach((value, v) => {
      const fact = factById.get(value.factId)
      if (!fact)
        reporter.report(file, figure.id, `values.${v}.factId`, `no fact "${value.factId}"`, 'unknown-reference')
      else if (!statesNumber(fact.text, value.value)) {
        reporter.report(
          file,
          figure.id,
          `values.${v}.value`,
          `${recordNumber(value.value)} is not in fact ${fact.id}`,
          'figure-not-in-fact',
        )
      }
    })
    if (figure.aside && !factById.has(figure.aside.factId)) {
      reporter.report(file, figure.id, 'aside.factId', `no fact "${figure.aside.factId}"`, 'unknown-reference')
    }
    figure.claimIds.forEach((claimId, c) => {
      if (!claimIds.has(claimId))
        reporter.report(file, figure.id, `claimIds.${c}`, `no claim "${claimId}"`, 'unknown-reference')
    })
  })
  reporter.unique(file, figures, 'id', 'figure')
}
