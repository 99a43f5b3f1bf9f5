#!/usr/bin/env node
// Browser tests need a Chromium; say in one line how to get one instead of failing with a trace.
import { existsSync } from 'node:fs'

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}: install one with \`apt-get install chromium\`, or set CHROME_PATH to a Chromium binary.`,
  )
  process.exit(1)
}
