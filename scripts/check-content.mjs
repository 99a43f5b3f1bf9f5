#!/usr/bin/env node
// `npm run check:content [-- <folder>]`: checks an article's content folder (default: CONTENT_DIR,
// or content/mexico-security-chief), and its Spanish edition where it has one (es/), as the build does, and prints every error as
// `path:line:col: message (rule)`. Exits 1 when there is any.
//
// The loader and its rules are TypeScript: rolldown (Vite's bundler) turns them into one module in
// a fraction of a second, where Vite's module runner would take longer than the check itself, and
// the module is kept (node_modules/.cache) until one of its sources changes.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { editionsOf } from './content/editions.mjs'

const started = performance.now()
const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const cache = resolve('node_modules/.cache/check-content')
const file = join(cache, 'load-content.mjs')
const inputsFile = join(cache, 'inputs.json')
/** Whether the bundled loader is older than none of the sources it was built from. */
function fresh() {
  if (!existsSync(file) || !existsSync(inputsFile)) return false
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
  return Object.entries(inputs).every(([path, mtime]) => existsSync(path) && statSync(path).mtimeMs === mtime)
}
if (!fresh()) {
  const { build } = await import('rolldown')
  const bundle = await build({
    input: resolve('scripts/content/load-content.ts'),
    platform: 'node',
    external: [/^[^./]/],
    write: false,
    logLevel: 'silent',
    output: { format: 'esm' },
  })
  const [chunk] = bundle.output
  mkdirSync(cache, { recursive: true })
  writeFileSync(file, chunk.code)
  const inputs = Object.fromEntries(
    chunk.moduleIds.filter((id) => existsSync(id)).map((id) => [id, statSync(id).mtimeMs]),
  )
  writeFileSync(inputsFile, JSON.stringify(inputs))
}
const { loadEdition, formatProblem } = await import(pathToFileURL(file).href)
// The Spanish edition (es/) is checked with the English, against it; its own check includes the English's.
const { problems } = loadEdition(dir, editionsOf(dir).includes('es') ? 'es' : 'en')
const took = `${Math.round(performance.now() - started)} ms`
for (const problem of problems) console.error(formatProblem(problem))
if (problems.length > 0) {
  console.error(`${problems.length} error${problems.length === 1 ? '' : 's'} in ${dir} (${took})`)
  process.exit(1)
}
console.log(`${dir}: no errors (${took})`)
