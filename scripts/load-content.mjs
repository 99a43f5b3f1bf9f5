// Loads the TypeScript content modules (src/content/*.ts) into Node, through Vite's module
// runner, so build tools can read the article without a build of their own.
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

/** Imports one module of src/content (e.g. 'index.ts') or any other source file, by path. */
export async function loadSourceModule(path) {
  const { module } = await runnerImport(resolve(path), { configFile: false, logLevel: 'silent' })
  return module
}
