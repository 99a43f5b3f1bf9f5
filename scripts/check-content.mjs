#!/usr/bin/env node
// `npm run check:content [-- <folder>]`: checks an article's content folder (default: CONTENT_DIR,
// or content/mexico-security-chief) as the build does, and prints every error as
// `path:line:col: message (rule)`. Exits 1 when there is any.
//
// The loader and its rules are TypeScript: rolldown (Vite's bundler) turns them into one module in
// a fraction of a second, where Vite's module runner would take longer than the check itself.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'rolldown'

const started = performance.now()
const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const bundle = await build({
  input: resolve('scripts/content/load-content.ts'),
  platform: 'node',
  external: [/^[^./]/],
  write: false,
  logLevel: 'silent',
  output: { format: 'esm' },
})
const cache = resolve('node_modules/.cache/check-content')
mkdirSync(cache, { recursive: true })
const file = join(cache, 'load-content.mjs')
writeFileSync(file, bundle.output[0].code)
const { loadContent, formatProblem } = await import(pathToFileURL(file).href)
const { problems } = loadContent(dir)
const took = `${Math.round(performance.now() - started)} ms`
for (const problem of problems) console.error(formatProblem(problem))
if (problems.length > 0) {
  console.error(`${problems.length} error${problems.length === 1 ? '' : 's'} in ${dir} (${took})`)
  process.exit(1)
}
console.log(`${dir}: no errors (${took})`)
