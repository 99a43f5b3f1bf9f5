import type { TextQuoteSelector } from './types'

/** Start offsets of every place in `text` where the selector's exact text, prefix and suffix all match. */
export function findQuote(text: string, selector: TextQuoteSelector): number[] {
  const { exact, prefix = '', suffix = '' } = selector
  if (exact === '') return []
  const starts: number[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(0, at)
    const after = text.slice(at + exact.length)
    if (before.endsWith(prefix) && after.startsWith(suffix)) starts.push(at)
  }
  return starts
}
