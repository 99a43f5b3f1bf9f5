/**
 * Numbers as the record writes them: thousands grouped by commas, decimals after a point (105,838
 * and 86.9). Both editions' locales (en-GB, es-MX) write them so; the content check runs outside
 * any edition's build, so it writes them in one fixed locale (the unit tests hold the two alike).
 */
const recordNumbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 })

/** A number as the record's texts write it: 105838 → "105,838", 86.9 → "86.9". */
export function recordNumber(value: number): string {
  return recordNumbers.format(value)
}

/**
 * Whether `text` states `value` as a whole number, as the record writes it: 5 is not in "105,838"
 * nor in "5.2", and 105 is not in "105,838"; a sentence's full stop or a "%" after it is fine.
 */
export function statesNumber(text: string, value: number): boolean {
  const written = recordNumber(value).replace(/[.,]/g, (mark) => `\\${mark}`)
  return new RegExp(`(?<!\\d)(?<!\\d[.,])${written}(?!\\d)(?![.,]\\d)`).test(text)
}
