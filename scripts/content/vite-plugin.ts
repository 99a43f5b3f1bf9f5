// Serves one article's content folder to the app as virtual modules of plain data
// (`virtual:content/<name>`, each `export default <JSON>`), so no Markdown or YAML parser and no
// schema reaches the browser; and writes the themes' colours as CSS (src/styles/themes.gen.css).
// A build stops on the first look with every error listed; the dev server shows them in its error
// overlay with file and line, and reloads the page when a content file changes.
import { existsSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { type Plugin, runnerImport, type ViteDevServer } from 'vite'
import type { ContentProblem, LoadedContent } from './load-content.ts'

// The loader and the rules it runs are TypeScript modules with extension-less imports: Vite's own
// module runner loads them, so the config file itself stays loadable by Node as it is.
let loader: Promise<typeof import('./load-content.ts')> | undefined
const loadContent = async (dir: string, language: Language) => {
  loader ??= runnerImport<typeof import('./load-content.ts')>(resolve('scripts/content/load-content.ts'), {
    configFile: false,
    logLevel: 'silent',
  }).then(({ module }) => module)
  return (await loader).loadEdition(dir, language)
}
type Language = 'en' | 'es'
const formatProblem = (problem: ContentProblem) =>
  `${problem.path}:${problem.line}:${problem.column}: ${problem.message} (${problem.rule})`

const PREFIX = 'virtual:content/'
const THEME_CSS = resolve('src/styles/themes.gen.css')

/**
 * Each theme's colours as CSS, from themes.yaml: the --theme-<id> tokens (light, and dark where the
 * system or the reader asks for it, as styles.css does for the other tokens), the claim highlight,
 * the swatch, and the theme lens (data-active-theme on the article). Imported by styles.css ahead of
 * the component styles, so the verdict filter's rules, which come later in the same layer, still
 * outweigh the lens's.
 */
export function themeCss(themeColours: unknown, source: string): string {
  type Colour = { light: { text: string; tint: string }; dark: { text: string; tint: string } }
  const list = (Array.isArray(themeColours) ? themeColours : []) as { id: string; colour: Colour }[]
  const tokens = (scheme: 'light' | 'dark', indent: string) =>
    list
      .flatMap(({ id, colour }) => [
        `${indent}--theme-${id}: ${colour[scheme].text};`,
        `${indent}--theme-${id}-tint: ${colour[scheme].tint};`,
      ])
      .join('\n')
  const perTheme = list.flatMap(({ id }) => [
    `  .claim.claim-${id} {\n    --claim-color: var(--theme-${id});\n    --claim-tint: var(--theme-${id}-tint);\n  }`,
    `  .theme-swatch-${id} {\n    background-color: var(--theme-${id});\n  }`,
    // The lens is drawn per section (data-lens-theme, set by src/features/reader/section-lens.ts).
    `  .article-section[data-lens-theme="${id}"] {\n    --lens-color: var(--theme-${id});\n  }`,
    `  .article-section[data-lens-theme="${id}"] .claim[data-themes~="${id}"] {\n    background: var(--claim-tint);\n  }`,
    `  .article-section[data-lens-theme="${id}"] .claim[data-themes~="${id}"] > a {\n    text-decoration-color: var(--claim-color);\n  }`,
    `  .article-section[data-lens-theme="${id}"] .passage[data-themes~="${id}"] {\n    color: var(--color-ink);\n    box-shadow: -0.75rem 0 0 -0.5rem var(--lens-color);\n  }`,
  ])
  return [
    `/* Generated from ${source} at build (scripts/content/vite-plugin.ts). Edit themes.yaml, not this file. */`,
    `:root {\n${tokens('light', '  ')}\n}`,
    `@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-color-scheme="light"]) {\n${tokens('dark', '    ')}\n  }\n}`,
    `@media screen {\n  :root[data-color-scheme="dark"] {\n${tokens('dark', '    ')}\n  }\n}`,
    `@layer components {\n${perTheme.join('\n')}\n}`,
    '',
  ].join('\n')
}

/** An Error the way Vite's overlay shows it: the first problem's file and line, all problems listed. */
function contentError(problems: ContentProblem[]): Error & { loc?: object; id?: string; plugin?: string } {
  const count = `${problems.length} content error${problems.length === 1 ? '' : 's'}`
  const error: Error & { loc?: object; id?: string; plugin?: string } = new Error(
    `${count}:\n${problems.map(formatProblem).join('\n')}`,
  )
  const first = problems[0]
  if (first) {
    const file = resolve(first.path)
    error.id = file
    error.loc = { file, line: first.line, column: first.column }
  }
  error.plugin = 'article-content'
  error.stack = ''
  return error
}

/** `t('key'` and `tp('key'` in the source: the calls the build fills with the edition's words. */
const UI_CALL = /\b(tp?)\(\s*'([^']*)'/g
/** A call of t or tp whose key is not written out, which the build could not fill. */
const UI_CALL_WITHOUT_KEY = /(?<![\w.])tp?\((?!\s*')/

/**
 * Puts the edition's interface strings in place of their keys (src/lib/i18n.ts): `t('dialog.close')`
 * becomes `t("Close")`, `tp('chart.fact', n)` becomes `tp({one: "fact", other: "facts"}, n)`.
 */
export function fillUiStrings(code: string, file: string, ui: Record<string, string>): string {
  const unwritten = UI_CALL_WITHOUT_KEY.exec(code)
  if (unwritten) {
    const line = code.slice(0, unwritten.index).split('\n').length
    throw new Error(`${file}:${line}: t() and tp() take a key written out in quotes, like t('dialog.close')`)
  }
  return code.replace(UI_CALL, (_, call: string, key: string) => {
    if (call === 't') {
      const text = ui[key]
      if (text === undefined) throw new Error(`${file}: t('${key}'): ui.yaml has no such key`)
      return `t(${JSON.stringify(text)}`
    }
    const one = ui[`${key}.one`]
    const other = ui[`${key}.other`]
    if (one === undefined || other === undefined)
      throw new Error(`${file}: tp('${key}'): ui.yaml needs both ${key}.one and ${key}.other`)
    return `tp(${JSON.stringify({ one, other })}`
  })
}

const I18N_MODULE = resolve('src/lib/i18n.ts')

export function articleContent(dir: string, language: Language = 'en'): Plugin {
  const root = resolve(dir)
  let loaded: Promise<LoadedContent> | undefined
  // Modules whose `import x from 'virtual:content/…'` was replaced by the data itself.
  const inlined = new Set<string>()
  let css = ''
  const load = () => {
    loaded ??= loadContent(root, language).then((content) => {
      const next = themeCss(content.modules.themeColours, relative(process.cwd(), join(root, 'themes.yaml')))
      // Written only when it changes, so a dev server's CSS reloads only for a new colour.
      if (next !== css || !existsSync(THEME_CSS)) writeFileSync(THEME_CSS, next)
      css = next
      return content
    })
    return loaded
  }
  const changed = async (server: ViteDevServer, file: string) => {
    if (!resolve(file).startsWith(root + sep)) return
    loaded = undefined
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith(`\0${PREFIX}`) || inlined.has(module.id ?? ''))
        server.moduleGraph.invalidateModule(module)
    }
    const { problems } = await load()
    if (problems.length > 0) {
      server.config.logger.error(problems.map(formatProblem).join('\n'))
      const error = contentError(problems)
      server.ws.send({
        type: 'error',
        err: { message: error.message, stack: '', loc: error.loc as never, id: error.id, plugin: error.plugin },
      })
    } else server.ws.send({ type: 'full-reload' })
  }
  return {
    name: 'article-content',
    enforce: 'pre',
    // The stylesheet imports the themes' CSS: it must exist before any CSS is processed.
    async config() {
      await load()
    },
    async buildStart() {
      const { problems } = await load()
      if (problems.length > 0 && this.environment?.mode === 'build') throw contentError(problems)
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null
      const content = await load()
      for (const file of content.files) this.addWatchFile(file)
      if (content.problems.length > 0) throw contentError(content.problems)
      const name = id.slice(PREFIX.length + 1)
      if (!(name in content.modules)) throw new Error(`${PREFIX}${name}: no such content module`)
      return `export default ${JSON.stringify(content.modules[name])}\n`
    },
    // src/content's modules each import one content module and re-export it typed: the data is
    // put in their place, so loading one costs one module, not two (a lazy chunk's imports are
    // fetched one after another under the dev server and in tests).
    async transform(source, id) {
      if (id.includes('node_modules') || id.startsWith('\0')) return null
      const usesStrings = /\/i18n['"]/.test(source) && resolve(id.split('?')[0] ?? id) !== I18N_MODULE
      if (!source.includes(`from '${PREFIX}`) && !usesStrings) return null
      const content = await load()
      if (content.problems.length > 0) throw contentError(content.problems)
      inlined.add(id)
      const code = usesStrings
        ? fillUiStrings(source, relative(process.cwd(), id), content.modules.ui as Record<string, string>)
        : source
      const replaced = code.replace(
        new RegExp(`import (\\w+) from '${PREFIX}([\\w.-]+)'`, 'g'),
        (_, name: string, module: string) => {
          if (!(module in content.modules)) throw new Error(`${id}: no content module ${PREFIX}${module}`)
          return `const ${name} = ${JSON.stringify(content.modules[module])}`
        },
      )
      return { code: replaced, map: null }
    },
    // The page's language is the edition's; the home page's title and description are the article's (site.yaml).
    async transformIndexHtml(html) {
      const site = ((await load()).modules.site ?? {}) as { title?: string; description?: string }
      const htmlText = (text = '') =>
        text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      return html
        .replace('<html lang="en">', `<html lang="${language}">`)
        .replace('%CONTENT_TITLE%', () => htmlText(site.title))
        .replace('%CONTENT_DESCRIPTION%', () => htmlText(site.description))
    },
    configureServer(server) {
      server.watcher.add(root)
      // One save is often several events (an editor writes a temporary file, then renames it):
      // reload once they settle.
      let timer: ReturnType<typeof setTimeout> | undefined
      const onEvent = (file: string) => {
        if (!/\.(md|ya?ml|txt)$/.test(file)) return
        clearTimeout(timer)
        timer = setTimeout(() => void changed(server, file), 50)
      }
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onEvent)
    },
  }
}
