#!/usr/bin/env node
// Converts the article's content from the TypeScript modules it used to live in (src/content/*.ts
// before content/<article>/ existed) into the content folder: article.md, claims/<id>.md and YAML.
// Re-runnable: it replaces the target folder, then reads it back with the build's own loader and
// stops unless every value came across unchanged and the result passes validation.
//
//   node scripts/migrate/ts-to-content.mjs --ref main --to content/mexico-security-chief
//   node scripts/migrate/ts-to-content.mjs --from <folder of the old modules> --styles <styles.css> --to <folder>
//
// --ref takes src/content and src/styles.css from a git commit or branch (the old modules must be
// there). site.yaml is carried over from the target folder. Theme colours come from the --styles file's --theme-<id> tokens or, failing that, from
// the target folder's current themes.yaml.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { runnerImport } from 'vite'
import { parse } from 'yaml'
import { contentFiles, writeContentFolder } from '../content/write-content.mjs'

/** Each content module and the exports it holds; anything else in the folder stops the run. */
const MODULES = {
  'article.ts': ['article'],
  'claims.ts': ['claims'],
  'claim-notes.ts': ['claimNotes'],
  'themes.ts': ['themes'],
  'facts.ts': ['facts'],
  'sources.ts': ['sources'],
  'speakers.ts': ['speakers'],
  'people.ts': ['people'],
  'mentions.ts': ['mentions'],
  'timeline.ts': ['timeline', 'timelineSpans', 'timelineCallouts'],
  'figures.ts': ['figures'],
  'editorial.ts': ['editorial'],
  'corrections.ts': ['corrections'],
  'publication.ts': ['publication'],
  'verdicts.ts': ['verdictScale'],
  'verdict-labels.ts': ['verdictLabels'],
}
/** Code, not content: the model, its schema and rules, and the modules that only gather others. */
const CODE = new Set([
  'types.ts',
  'schema.ts',
  'validate.ts',
  'quote.ts',
  'index.ts',
  'notes.ts',
  'virtual-content.d.ts',
])

const fail = (message) => {
  console.error(`ts-to-content: ${message}`)
  process.exit(1)
}

const { values: args } = parseArgs({
  options: { from: { type: 'string' }, ref: { type: 'string' }, styles: { type: 'string' }, to: { type: 'string' } },
})
if (!args.to || (!args.from && !args.ref))
  fail('usage: --to <content folder> and either --ref <git ref> or --from <folder>')
const target = resolve(args.to)

let from = args.from && resolve(args.from)
let styles = args.styles && resolve(args.styles)
let scratch
if (args.ref) {
  scratch = mkdtempSync(join(tmpdir(), 'ts-to-content-'))
  const archive = execFileSync('git', ['archive', '--format=tar', args.ref, 'src/content', 'src/lib', 'src/styles.css'])
  execFileSync('tar', ['-x', '-C', scratch], { input: archive })
  from = join(scratch, 'src/content')
  styles ??= join(scratch, 'src/styles.css')
}

try {
  const loaded = {}
  for (const name of readdirSync(from)) {
    if (!name.endsWith('.ts') || CODE.has(name)) continue
    const expected = MODULES[name]
    if (!expected) fail(`cannot place ${name}: no content file holds it (add it to MODULES and to the writer)`)
    const { module } = await runnerImport(join(from, name), { configFile: false, logLevel: 'silent' })
    for (const [key, value] of Object.entries(module)) {
      if (!expected.includes(key)) fail(`cannot place export "${key}" of ${name}`)
      loaded[key] = value
    }
  }
  const missing = Object.values(MODULES)
    .flat()
    .filter((key) => !(key in loaded))
  if (missing.length > 0) fail(`${from} lacks ${missing.join(', ')}`)

  for (const [id, entry] of Object.entries(loaded.verdictScale)) {
    if (loaded.verdictLabels[id] !== entry.label) fail(`verdict "${id}": its label differs between the two modules`)
  }
  const colours = themeColours(styles, join(target, 'themes.yaml'))
  const themes = loaded.themes.map((theme) => {
    const colour = theme.colour ?? colours[theme.id]
    if (!colour) fail(`theme "${theme.id}" has no colour in ${styles} nor in the target's themes.yaml`)
    return { ...theme, colour }
  })

  const content = {
    article: loaded.article,
    claims: loaded.claims,
    claimNotes: loaded.claimNotes,
    themes,
    speakers: loaded.speakers,
    people: loaded.people,
    mentions: loaded.mentions,
    facts: loaded.facts,
    sources: loaded.sources,
    timeline: { events: loaded.timeline, spans: loaded.timelineSpans, callouts: loaded.timelineCallouts },
    figures: loaded.figures,
    editorial: loaded.editorial,
    corrections: loaded.corrections,
    publication: loaded.publication,
    site: readSite(join(target, 'site.yaml')),
    verdicts: loaded.verdictScale,
  }
  const files = contentFiles(content)
  const original = join(from, 'article.txt')
  if (existsSync(original)) files['article.txt'] = readFileSync(original, 'utf8')
  writeContentFolder(target, files)

  // Read it back as the build does: every module must equal what the TypeScript held.
  const { loadContent, formatProblem } = (
    await runnerImport(resolve('scripts/content/load-content.ts'), { configFile: false, logLevel: 'silent' })
  ).module
  const back = loadContent(target)
  if (back.problems.length > 0)
    fail(`the converted content does not pass:\n${back.problems.map(formatProblem).join('\n')}`)
  const expected = { ...loaded, themes: loaded.themes.map(({ colour, ...theme }) => theme) }
  for (const [key, value] of Object.entries(expected)) {
    const got = key === 'themes' ? back.modules.themes.map(({ colour, ...theme }) => theme) : back.modules[key]
    const difference = firstDifference(value, got, key)
    if (difference) fail(`"${key}" did not come across unchanged: ${difference}`)
  }
  console.log(`ts-to-content: wrote ${Object.keys(files).length} files to ${args.to}; read back unchanged`)
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
}

/**
 * site.yaml (how the site names itself) was never a TypeScript module: it is kept in the content
 * folder by hand and carried across each run.
 */
function readSite(path) {
  if (!existsSync(path))
    fail(`${path} is missing: write it first (name, title, description, sourcesDescription, subject)`)
  try {
    return parse(readFileSync(path, 'utf8'))
  } catch (error) {
    fail(`${path}: ${error.message.split('\n')[0]}`)
  }
}

/** The path of the first value that differs, ignoring the order of an object's keys. */
function firstDifference(a, b, path) {
  if (isDeepStrictEqual(a, b)) return undefined
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const key of keys) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`)
      if (found) return found
    }
    return undefined
  }
  return `${path}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`
}

/**
 * Each theme's colours, { light: { text, tint }, dark: { text, tint } }, from the stylesheet's
 * --theme-<id> and --theme-<id>-tint tokens (light in the first :root block, dark in the next),
 * or from the target's themes.yaml when the stylesheet no longer has them.
 */
function themeColours(stylesPath, themesYaml) {
  const colours = {}
  if (existsSync(themesYaml)) {
    for (const theme of parse(readFileSync(themesYaml, 'utf8')) ?? [])
      if (theme?.colour) colours[theme.id] = theme.colour
  }
  if (!stylesPath || !existsSync(stylesPath)) return colours
  const css = readFileSync(stylesPath, 'utf8')
  const blocks = [...css.matchAll(/:root[^{]*\{([^}]*)\}/g)].map((match) => match[1])
  const tokens = (block) =>
    Object.fromEntries(
      [...(block ?? '').matchAll(/--theme-([a-z0-9-]+?)(-tint)?:\s*([^;]+);/g)].map((m) => [
        `${m[1]}${m[2] ?? ''}`,
        m[3].trim(),
      ]),
    )
  const light = tokens(blocks[0])
  const dark = tokens(blocks[1])
  for (const key of Object.keys(light)) {
    if (key.endsWith('-tint')) continue
    colours[key] = {
      light: { text: light[key], tint: light[`${key}-tint`] },
      dark: { text: dark[key], tint: dark[`${key}-tint`] },
    }
  }
  return colours
}
