// Types for csp.mjs, which stays plain JavaScript so the prerenderer runs it under Node 20.
export function sha256Source(text: string): string
export function inlineBodies(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] }
export function contentSecurityPolicy(options: {
  scriptHashes?: readonly string[]
  styleHashes?: readonly string[]
  styleAttributeHashes?: readonly string[]
  delivery: 'meta' | 'header'
}): string
export const staticSecurityHeaders: Readonly<Record<string, string>>
export function headersFile(headers: Readonly<Record<string, string>>): string
export function escapeAttribute(text: string): string
