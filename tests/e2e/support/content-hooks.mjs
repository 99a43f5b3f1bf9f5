// Node module hooks for the browser tests: `virtual:content/<name>` (the content modules the Vite
// plugin serves to the app) resolves to the same plain data, written by playwright.config.ts from
// the article the tests run against (CONTENT_DIR), so tests import src/content as the app does.
let dir

export function initialize(data) {
  dir = data.dir
}

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('virtual:content/')) {
    return { url: new URL(`${specifier.slice('virtual:content/'.length)}.mjs`, dir).href, shortCircuit: true }
  }
  return next(specifier, context)
}
