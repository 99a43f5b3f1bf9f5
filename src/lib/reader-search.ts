/** The reader's URL state. Values are kept raw (bounded) so an unknown one can be named in a notice. */
export interface ReaderSearch {
  theme?: string
  claim?: string
}

const MAX_PARAM_LENGTH = 200

function param(value: unknown): string | undefined {
  // Only plain strings count: arrays (`theme[]=`), numbers and objects from a hostile URL fall away.
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed.slice(0, MAX_PARAM_LENGTH)
}

/** Turns any parsed query object into reader state; never throws, drops what it does not know. */
export function validateReaderSearch(raw: Record<string, unknown>): ReaderSearch {
  const search: ReaderSearch = {}
  const theme = param(raw?.theme)
  const claim = param(raw?.claim)
  if (theme !== undefined) search.theme = theme
  if (claim !== undefined) search.claim = claim
  return search
}
