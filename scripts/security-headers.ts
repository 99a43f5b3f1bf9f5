// Reads the `/*` block of <outDir>/_headers (written by scripts/prerender.mjs) so `vite preview`
// sends exactly the headers a static host would. Before the first build there is nothing to send.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Parses the headers that a `_headers` file gives every path. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  let inCatchAll = false
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    if (!/^\s/.test(line)) {
      inCatchAll = line.trim() === '/*'
      continue
    }
    if (!inCatchAll) continue
    const at = line.indexOf(':')
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return headers
}

/** The headers `vite preview` should send for a build in outDir. */
export function securityHeaders(outDir: string): Record<string, string> {
  const file = join(outDir, '_headers')
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : {}
}
