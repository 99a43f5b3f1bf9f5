import { UNDATED } from '../content/types'
import { LOCALE, t } from './i18n'

type Precision = 'day' | 'month' | 'year'

const PRECISIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
}
const formats: Partial<Record<Precision, Intl.DateTimeFormat>> = {}

/** A day (or the month or year it falls in) in the edition's words, read in UTC. */
function written(precision: Precision, instant: Date): string {
  formats[precision] ??= new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...PRECISIONS[precision] })
  return formats[precision].format(instant)
}

/**
 * A source date for people, in the edition's locale: "19 December 2025" or "19 de diciembre de
 * 2025", "February 2025" or "febrero de 2025", "2025", or "undated". Intl writes it, in UTC, so the
 * server's day is every browser's day. A month or day that does not exist is left out; anything
 * that is not a date is returned as it is.
 */
export function formatSourceDate(date: string): string {
  if (date === UNDATED) return t('source.undated')
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!match) return date
  const [year = 0, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  if (month === undefined || month < 1 || month > 12) return written('year', utcDay(year, 1, 1))
  const instant = utcDay(year, month, day ?? 1)
  // A day past the month's end (or day 0) lands in another month.
  if (day === undefined || instant.getUTCMonth() !== month - 1) return written('month', utcDay(year, month, 1))
  return written('day', instant)
}

/** Midnight UTC of a calendar day (any year: Date.UTC would read 0–99 as 1900–1999). */
function utcDay(year: number, month: number, day: number): Date {
  const instant = new Date(0)
  instant.setUTCFullYear(year, month - 1, day)
  return instant
}
