// What every validation rule shares: the files it can blame, the error it reports, and a reporter
// that collects errors while checking items against their schemas.
import type { z } from 'zod'

export const CONTENT_FILES = {
  article: 'src/content/article.ts',
  themes: 'src/content/themes.ts',
  claims: 'src/content/claims.ts',
  notes: 'src/content/claim-notes.ts',
  speakers: 'src/content/speakers.ts',
  facts: 'src/content/facts.ts',
  sources: 'src/content/sources.ts',
  people: 'src/content/people.ts',
  mentions: 'src/content/mentions.ts',
  timeline: 'src/content/timeline.ts',
  figures: 'src/content/figures.ts',
  editorial: 'src/content/editorial.ts',
  corrections: 'src/content/corrections.ts',
  publication: 'src/content/publication.ts',
} as const

export type ContentFile = (typeof CONTENT_FILES)[keyof typeof CONTENT_FILES]

export interface ContentError {
  file: ContentFile
  id: string
  field: string
  message: string
}

/** One line per error: `file: id "x", field "y": message`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: id "${error.id}", field "${error.field}": ${error.message}`
}

/** An item's id (or claimId) for error messages, or `fallback` when it has none. */
export function idOf(item: unknown, fallback: string): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>
    for (const key of ['id', 'claimId']) {
      const value = record[key]
      if (typeof value === 'string' && value !== '') return value
    }
  }
  return fallback
}

/** Collects errors; each rule module reports through one of these. */
export class Reporter {
  readonly errors: ContentError[] = []

  report(file: ContentFile, id: string, field: string, message: string): void {
    this.errors.push({ file, id, field, message })
  }

  /** Checks one item against its schema; reports every issue and returns whether it passed. */
  check(file: ContentFile, schema: z.ZodType, item: unknown, fallbackId: string, fieldPrefix = ''): boolean {
    const result = schema.safeParse(item)
    if (result.success) return true
    for (const issue of result.error.issues) {
      const path = [...(fieldPrefix ? [fieldPrefix] : []), ...issue.path.map(String)]
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : ''
      this.report(file, idOf(item, fallbackId), path.join('.') || '(item)', issue.message + keys)
    }
    return false
  }

  /** Reports every repeated id among `items` and returns the set of ids seen. */
  unique(file: ContentFile, items: readonly unknown[], field: string, what: string): Set<string> {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const id = idOf(item, `#${index}`)
      if (seen.has(id)) this.report(file, id, field, `duplicate ${what} id`)
      seen.add(id)
    })
    return seen
  }
}
