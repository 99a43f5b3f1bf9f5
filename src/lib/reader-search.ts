/** The reader's URL state. Values are kept raw (bounded) so an unknown one can be named in a notice. */
export interface ReaderSearch {
  theme?: string | undefined
  claim?: string | undefined
  /** A verdict filter: only the claims rated so stay marked. */
  verdict?: string | undefined
  /** A name's lens: its mentions in the text stand out. */
  who?: string | undefined
}

const MAX_PARAM_LENGTH = 200

function param(value: unknown): string | undefined {
  // Only plain strings count: arrays (`theme[]=`), numbers and objects from a hostile URL fall away.
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed.slice(0, MAX_PARAM_LENGTH)
}

/**
 * Turns any parsed query object into reader state; never throws. Every key is always present
 * (undefined when absent or malformed): the router merges a route's search over the raw query, so
 * an omitted key would let a raw value such as `theme={}` (parsed as an object) through.
 */
export function validateReaderSearch(raw: Record<string, unknown>): ReaderSearch {
  return {
    theme: param(raw?.theme),
    claim: param(raw?.claim),
    verdict: param(raw?.verdict),
    who: param(raw?.who),
  }
}
