// Serves a built folder with `vite preview` on 127.0.0.1: the server the browser tests run against,
// for a test that needs a second one, and for `npm run lighthouse -- --server vite`, which shows how
// it differs from a static host (the measuring scripts serve with scripts/static-server.mjs).
// Every server started here stops when the process exits.
import { spawn } from 'node:child_process'

const servers = []

function stopAll() {
  for (const server of servers) if (server.exitCode === null) server.kill()
}
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })
}

/**
 * Starts `vite preview` for `dir` on `port` and resolves once it answers `/`, with its URL and a
 * `stop()`. `env` is the environment to start it with (a caller may have dropped NODE_ENV).
 */
export async function startPreview({ dir, port, label, env = process.env }) {
  // The vite binary itself, not npx: killing an npx wrapper would leave the server running.
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      env: { ...env, DIST_DIR: dir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  servers.push(server)
  let output = ''
  const keep = (chunk) => {
    output += chunk
  }
  server.stdout.on('data', keep)
  server.stderr.on('data', keep)
  const url = `http://127.0.0.1:${port}/`
  const stop = () => {
    if (server.exitCode === null) server.kill()
  }
  for (let attempt = 0; attempt < 100 && server.exitCode === null; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  stop()
  throw new Error(`${label}: the preview server for ${dir} did not start on port ${port}:\n${output}`)
}

/** Stops every server this process started. */
export const stopPreviews = stopAll
