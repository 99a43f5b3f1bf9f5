/// <reference types="vitest/config" />
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { editionsOf } from './scripts/content/editions.mjs'
import { articleContent } from './scripts/content/vite-plugin.ts'
import { securityHeaders } from './scripts/security-headers.ts'
import { reportEmail, siteOrigin } from './scripts/site-config.mjs'

// Each build can target its own folder so parallel runs (bench, CI, a developer) never collide.
const outDir = process.env.DIST_DIR ?? 'dist'

/**
 * The edition to build (SITE_LANG): English at `/` (the default), or Spanish at `/es/`, built from
 * the article's es/ folder into dist/es. Each edition is its own build, so each page's JavaScript
 * carries its own language's words and no other's (scripts/build.mjs builds both).
 */
const edition = fromEnvironment(() => {
  const value = process.env.SITE_LANG ?? 'en'
  if (value !== 'en' && value !== 'es') throw new Error(`SITE_LANG must be en or es, not "${value}"`)
  return value
}) as 'en' | 'es'
const editionDir = edition === 'es' ? `${outDir}/es` : outDir

/** A setting read from the environment; a bad value stops the build with its one-line message. */
function fromEnvironment(read: () => string): string {
  try {
    return read()
  } catch (error) {
    console.error(`vite: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

// Compile-time constants (declared in src/build-constants.d.ts): the site's origin, so the app can
// write absolute links (an error report names the claim's URL), and where readers report errors.
// The build's id, the time it was made (ISO, so ids sort by age): the prerender writes it on each
// page's <html data-build>, the service worker carries it, and the client code compares its own with
// the worker's to tell an open tab that a newer build was published. BUILD_ID overrides it.
const buildId = process.env.BUILD_ID ?? new Date().toISOString()
const buildConstants = {
  __SITE_ORIGIN__: JSON.stringify(fromEnvironment(siteOrigin)),
  __REPORT_EMAIL__: JSON.stringify(fromEnvironment(reportEmail)),
  __BUILD_ID__: JSON.stringify(buildId),
}

/**
 * Writes `.vite/build.json` (`{ id }`, the id compiled into this client build) for the prerender,
 * which stamps the pages with it and adds the explainer's updated date for the service worker.
 */
function buildInfo(): Plugin {
  return {
    name: 'build-info',
    apply: 'build',
    generateBundle() {
      if (this.environment.config.build.ssr) return
      this.emitFile({
        type: 'asset',
        fileName: '.vite/build.json',
        source: `${JSON.stringify({ id: buildId })}\n`,
      })
    },
  }
}

/**
 * `vite preview` as a static host: `/sources` serves sources.html, and a path with no page gets
 * 404.html with status 404 instead of the SPA fallback (which would hydrate the wrong page).
 */
function staticHostPreview(): Plugin {
  return {
    name: 'static-host-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const dir = resolve(server.config.root, outDir)
        let path: string
        try {
          path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/')
        } catch {
          path = '/404'
        }
        const file = resolve(dir, `.${path}`)
        const inside = file === dir || file.startsWith(dir + sep)
        if (path === '/' || (inside && existsSync(file) && statSync(file).isFile())) return next()
        // The Spanish edition's home, /es/, is es/index.html; /es, without the slash, moves there.
        if (inside && existsSync(join(file, 'index.html'))) {
          if (!path.endsWith('/')) {
            res.statusCode = 301
            res.setHeader('Location', `${path}/${(req.url ?? '').slice(path.length).replace(/^[^?#]*/, '')}`)
            return res.end()
          }
          req.url = `/${relative(dir, join(file, 'index.html'))}${(req.url ?? '').slice(path.length)}`
          return next()
        }
        const page = `${file.replace(/[\\/]+$/, '')}.html`
        if (inside && existsSync(page)) {
          req.url = `/${page.slice(dir.length + 1)}`
          return next()
        }
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        for (const [name, value] of Object.entries(securityHeaders(outDir))) res.setHeader(name, value)
        // Each edition's own 404 page: an address under /es/ gets the Spanish one.
        const spanish = /^\/es(\/|$)/.test(path) && existsSync(join(dir, 'es', '404.html'))
        res.end(readFileSync(join(dir, spanish ? 'es/404.html' : '404.html')))
      })
    },
  }
}

/**
 * The article to build: CONTENT_DIR=<folder> (default content/mexico-security-chief), read,
 * checked and served to the app as plain data by scripts/content/vite-plugin.ts.
 */
const contentDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'
/** Whether the article has a Spanish edition: the English pages then link to it, and it to them. */
const bilingual = editionsOf(contentDir).length > 1

export default defineConfig(({ isSsrBuild }) => ({
  base: edition === 'es' ? '/es/' : '/',
  // The icons, the English manifest and robots.txt are the site's, at its root: copied once, with English.
  publicDir: edition === 'es' ? false : 'public',
  define: {
    ...buildConstants,
    __SITE_LANG__: JSON.stringify(edition),
    __BILINGUAL__: JSON.stringify(bilingual),
  },
  plugins: [
    // The router plugin must come before the React plugin (it rewrites route files first).
    tanstackRouter({
      target: 'react',
      routesDirectory: './src/routes',
      generatedRouteTree: './src/routeTree.gen.ts',
      quoteStyle: 'single',
      semicolons: false,
      // One route bundle: both pages are small, and a split route chunk would add a request
      // before hydration. Claim context is split by hand (src/features/claims/notes-resource.ts).
      autoCodeSplitting: false,
    }),
    react(),
    tailwindcss(),
    staticHostPreview(),
    articleContent(contentDir, edition),
    buildInfo(),
  ],
  build: {
    outDir: isSsrBuild ? `${editionDir}/server` : editionDir,
    emptyOutDir: true,
    manifest: !isSsrBuild,
    target: 'es2022',
    // Every browser the reader targets (es2022) preloads modules natively: no polyfill to run.
    modulePreload: { polyfill: false },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: securityHeaders(outDir),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
}))
