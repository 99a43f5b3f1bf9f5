// Serves one article's content folder to the app as virtual modules of plain data
// (`virtual:content/<name>`, each `export default <JSON>`), so no Markdown or YAML parser and no
// schema reaches the browser, and `virtual:content/themes.css` with each theme's colours.
// A build stops on the first look with every error listed; the dev server shows them in its error
// overlay with file and line, and reloads the page when a content file changes.
import { resolve, sep } from 'node:path'
import { type Plugin, runnerImport, type ViteDevServer } from 'vite'
import type { ContentProblem, LoadedContent } from './load-content.ts'

// The loader and the rules it runs are TypeScript modules with extension-less imports: Vite's own
// module runner loads them, so the config file itself stays loadable by Node as it is.
let loader: Promise<typeof import('./load-content.ts')> | undefined
const loadContent = async (dir: string) => {
  loader ??= runnerImport<typeof import('./load-content.ts')>(resolve('scripts/content/load-content.ts'), {
    configFile: false,
    logLevel: 'silent',
  }).then(({ module }) => module)
  return (await loader).loadContent(dir)
}
const formatProblem = (problem: ContentProblem) =>
  `${problem.path}:${problem.line}:${problem.column}: ${problem.message} (${problem.rule})`

const PREFIX = 'virtual:content/'

/** CSS custom properties for each theme: `--theme-<id>` and `--theme-<id>-tint`, light and dark. */
export function themeCss(themeColours: unknown): string {
  type Colour = { light: { text: string; tint: string }; dark: { text: string; tint: string } }
  const list = (Array.isArray(themeColours) ? themeColours : []) as { id: string; colour: Colour }[]
  const tokens = (scheme: 'light' | 'dark') =>
    list
      .map(({ id, colour }) => `--theme-${id}:${colour[scheme].text};--theme-${id}-tint:${colour[scheme].tint};`)
      .join('')
  const perTheme = list
    .map(
      ({ id }) =>
        `.theme-swatch-${id}{background-color:var(--theme-${id})}.claim-${id}{--claim-color:var(--theme-${id});--claim-tint:var(--theme-${id}-tint)}`,
    )
    .join('')
  const dark = tokens('dark')
  return `:root{${tokens('light')}}@media screen and (prefers-color-scheme: dark){:root:not([data-color-scheme="light"]){${dark}}}@media screen{:root[data-color-scheme="dark"]{${dark}}}${perTheme}\n`
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

export function articleContent(dir: string): Plugin {
  const root = resolve(dir)
  let loaded: Promise<LoadedContent> | undefined
  const load = () => {
    loaded ??= loadContent(root)
    return loaded
  }
  const changed = async (server: ViteDevServer, file: string) => {
    if (!resolve(file).startsWith(root + sep)) return
    loaded = undefined
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith(`\0${PREFIX}`)) server.moduleGraph.invalidateModule(module)
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
      if (name === 'themes.css') return themeCss(content.modules.themeColours)
      if (!(name in content.modules)) throw new Error(`${PREFIX}${name}: no such content module`)
      return `export default ${JSON.stringify(content.modules[name])}\n`
    },
    configureServer(server) {
      server.watcher.add(root)
      for (const event of ['add', 'change', 'unlink'] as const)
        server.watcher.on(event, (file) => void changed(server, file))
    },
  }
}
