// Loads a TypeScript module into Node through Vite's module runner, so build tools can use the
// content loader (scripts/content/load-content.ts) without a build of their own.
import { resolve } from 'node:path'
import { runnerImport } from 'vite'

/** Imports one TypeScript source file, by path. */
export async function loadSourceModule(path) {
  const { module } = await runnerImport(resolve(path), { configFile: false, logLevel: 'silent' })
  return module
}
