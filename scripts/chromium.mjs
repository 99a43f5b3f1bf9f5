// The one answer to "which Chromium?" for the browser tests and the measuring scripts (screenshots,
// lighthouse, bench): CHROME_PATH when set, else Debian's /usr/bin/chromium when installed, else the
// headless Chromium that `npm ci` brought in @sparticuz/chromium, unpacked once beside node_modules.
// So `npm ci && npm test` needs nothing but Node and npm, and a machine with a Chromium uses its own.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const systemChromium = '/usr/bin/chromium'

/** Launch flags every tool uses: headless, no sandbox (root), and no calls to Google's services. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The folder the packaged Chromium unpacks into: one per installed version, inside node_modules. */
function packagedDir() {
  const manifest = join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json')
  if (!existsSync(manifest)) return undefined
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'))
  return join(root, 'node_modules', '.cache', `chromium-${version}`)
}

export const noChromiumMessage =
  'No Chromium found. Either run `npm ci` (it installs one in node_modules, from @sparticuz/chromium), ' +
  'or point CHROME_PATH at a Chromium binary (on Debian: `apt-get install chromium` gives /usr/bin/chromium).'

/** A Chromium that needs no unpacking (or the packaged one, once unpacked), or undefined. */
function installedChromium() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) return { path: fromEnv, source: 'CHROME_PATH' }
  if (existsSync(systemChromium)) return { path: systemChromium, source: 'Debian' }
  const dir = packagedDir()
  if (dir && existsSync(join(dir, 'chromium'))) return { path: join(dir, 'chromium'), source: '@sparticuz/chromium' }
  return undefined
}

/**
 * The Chromium to launch, unpacking the packaged one on first use (about 2 s): `{ path, source }`.
 * Throws with `noChromiumMessage` when there is none, or when CHROME_PATH names a missing file.
 */
export async function findChromium() {
  const found = installedChromium()
  if (found) {
    if (!existsSync(found.path))
      throw new Error(`CHROME_PATH is ${found.path}, which does not exist. ${noChromiumMessage}`)
    return found
  }
  const dir = packagedDir()
  if (!dir) throw new Error(noChromiumMessage)
  const { default: packaged } = await import('@sparticuz/chromium')
  // The package unpacks into os.tmpdir(), and reuses whatever binary it finds there, of any version:
  // a folder of this install's own keeps two checkouts (or two versions) from sharing one.
  mkdirSync(dir, { recursive: true })
  const previous = process.env.TMPDIR
  process.env.TMPDIR = dir
  try {
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' }
  } finally {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
  }
}
