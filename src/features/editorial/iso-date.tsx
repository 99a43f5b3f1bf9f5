import { formatSourceDate } from '../../lib/format-date'

/** A date for readers, "29 November 2026", marked up with its ISO form for machines. */
export function IsoDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatSourceDate(date)}</time>
}
