#!/usr/bin/env node
// `npm run build`: every edition the article has, each as its own build (vite.config.ts, SITE_LANG):
// English at `/` into dist/, and Spanish at `/es/` into dist/es/ when the content folder has es/.
// Per edition: the client build, the server build, the prerender; then one service worker for both.
// Both editions share one build id, so a page of either names the same build as the worker.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { editionsOf } from './content/editions.mjs'

const contentDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
const editions = editionsOf(contentDir)
const env = { ...process.env, BUILD_ID: process.env.BUILD_ID ?? new Date().toISOString() }
const vite = join('node_modules', 'vite', 'bin', 'vite.js')

function run(args, edition) {
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: edition ? { ...env, SITE_LANG: edition } : env,
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

for (const edition of editions) {
  run([vite, 'build', '--logLevel', 'warn'], edition)
  run([vite, 'build', '--ssr', 'src/entry-server.tsx', '--logLevel', 'warn'], edition)
  run(['scripts/prerender.mjs'], edition)
}
run(['scripts/service-worker.mjs'])
