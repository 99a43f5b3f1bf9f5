import { UNDATED } from '../content/types'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/**
 * A source date for people: "19 December 2025", "February 2025", "2025" or "undated". Written by
 * hand, not with Intl, so the server and every browser print the same text.
 */
export function formatSourceDate(date: string): string {
  if (date === UNDATED) return 'undated'
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!match) return date
  const [, year, month, day] = match
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1]
  if (monthName === undefined) return year ?? date
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`
}
