// What every validation rule shares: the files it can blame, the error it reports, and a reporter
// that collects errors while checking items against their schemas. Files are named as they are in
// an article's content folder (content/<article>/); the build turns id and field into a line.
import type { z } from 'zod'

export const CONTENT_FILES = {
  article: 'article.md',
  themes: 'themes.yaml',
  claims: 'claims/',
  notes: 'claims/',
  speakers: 'speakers.yaml',
  facts: 'facts.yaml',
  sources: 'sources.yaml',
  people: 'people.yaml',
  mentions: 'mentions.yaml',
  timeline: 'timeline.yaml',
  figures: 'figures.yaml',
  editorial: 'editorial.yaml',
  corrections: 'corrections.yaml',
  publication: 'publication.yaml',
  verdicts: 'verdicts.yaml',
  site: 'site.yaml',
} as const

export type ContentFile = (typeof CONTENT_FILES)[keyof typeof CONTENT_FILES]

export interface ContentError {
  file: ContentFile
  id: string
  field: string
  message: string
  /** The rule that found it, named for an editor looking it up: `quote-not-found`, `unknown-reference`. */
  rule: string
  /** Which of several items with this id is meant (0 for the first): a duplicate is the second. */
  nth?: number
}

/** One line per error: `file: id "x", field "y": message (rule)`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: id "${error.id}", field "${error.field}": ${error.message} (${error.rule})`
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

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
}

/** The value at `path` inside `item`, for saying what was found instead. */
function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** A schema issue in an editor's words: what is allowed, and what was found. */
function issueMessage(issue: z.core.$ZodIssue, item: unknown): string {
  const got = valueAt(item, issue.path)
  if (got === undefined && (issue.code === 'invalid_value' || issue.code === 'invalid_type')) return 'is missing'
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map(String).join(', ')}; got ${JSON.stringify(got)}`
  }
  if (issue.code === 'invalid_type') {
    if (got === undefined) return 'is missing'
    return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}; got ${JSON.stringify(got)}`
  }
  return issue.message
}

/** Collects errors; each rule module reports through one of these. */
export class Reporter {
  readonly errors: ContentError[] = []

  report(file: ContentFile, id: string, field: string, message: string, rule: string): void {
    this.errors.push({ file, id, field, message, rule })
  }

  /** Checks one item against its schema; reports every issue and returns whether it passed. */
  check(file: ContentFile, schema: z.ZodType, item: unknown, fallbackId: string, fieldPrefix = ''): boolean {
    const result = schema.safeParse(item)
    if (result.success) return true
    const id = idOf(item, fallbackId)
    for (const issue of result.error.issues) {
      const path = [...(fieldPrefix ? [fieldPrefix] : []), ...issue.path.map(String)]
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          this.report(file, id, [...path, key].join('.'), 'is not a field here (check its spelling)', 'unknown-field')
        }
        continue
      }
      this.report(file, id, path.join('.') || '(item)', issueMessage(issue, item), 'schema')
    }
    return false
  }

  /** Reports every repeated id among `items` and returns the set of ids seen. */
  unique(file: ContentFile, items: readonly unknown[], field: string, what: string): Set<string> {
    const count = new Map<string, number>()
    items.forEach((item, index) => {
      const id = idOf(item, `#${index}`)
      const nth = count.get(id) ?? 0
      if (nth > 0) this.errors.push({ file, id, field, message: `duplicate ${what} id`, rule: 'duplicate-id', nth })
      count.set(id, nth + 1)
    })
    return new Set(count.keys())
  }
}
