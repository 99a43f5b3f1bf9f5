#!/usr/bin/env node
// The pages a reader gets, held still: compares the prerendered `/`, `/sources` and 404 page of a
// build (dist/, or DIST_DIR), and the Spanish edition's (es/) where the build has it, with tests/golden/, after blanking only what differs from build to
// build (asset file hashes, Content-Security-Policy hashes, the router's per-build timestamp, the
// build's id on <html data-build>).
//
//   npm run golden            fails, naming the first differing line, if a page changed
//   npm run golden -- --update  after an editorial change, records the new pages on purpose
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const outDir = resolve(process.env.DIST_DIR ?? 'dist')
const PAGES = ['index.html', 'sources.html', '404.html'].flatMap((page) =>
  existsSync(join(outDir, 'es', page)) ? [page, `es/${page}`] : [page],
)
const goldenDir = resolve('tests/golden')

/** A page with its build-varying parts replaced by placeholders, one element per line for diffs. */
export function normalise(html) {
  return html
    .replace(/(\/assets\/[\w.-]+?)-[A-Za-z0-9_-]{8}\.(js|css)\b/g, '$1-[hash].$2')
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-[hash]'")
    .replace(/\bu:\d{10,}/g, 'u:[time]')
    .replace(/ data-build="[^"]*"/g, ' data-build="[build]"')
    .replace(/></g, '>\n<')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const update = process.argv.includes('--update')
  let failed = false
  for (const page of PAGES) {
    const fresh = normalise(readFileSync(join(outDir, page), 'utf8'))
    const goldenPath = join(goldenDir, page)
    if (update) {
      mkdirSync(dirname(goldenPath), { recursive: true })
      writeFileSync(goldenPath, fresh)
      console.log(`golden: recorded ${page}`)
      continue
    }
    if (!existsSync(goldenPath)) {
      failed = true
      console.error(`golden: ${page} has no recorded page in tests/golden; record it: npm run golden -- --update`)
      continue
    }
    const golden = readFileSync(goldenPath, 'utf8')
    if (golden === fresh) {
      console.log(`golden: ${page} unchanged`)
      continue
    }
    failed = true
    const a = golden.split('\n')
    const b = fresh.split('\n')
    const line = a.findIndex((text, i) => text !== b[i])
    const at = line === -1 ? a.length : line
    console.error(`golden: ${page} differs from tests/golden/${page} at line ${at + 1}:`)
    console.error(`  was: ${(a[at] ?? '(end of page)').slice(0, 300)}`)
    console.error(`  now: ${(b[at] ?? '(end of page)').slice(0, 300)}`)
  }
  if (failed) {
    console.error('If the change is meant (an editorial change), record it: npm run golden -- --update')
    process.exit(1)
  }
}
