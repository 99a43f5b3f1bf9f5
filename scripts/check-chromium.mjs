#!/usr/bin/env node
// Browser tests need a Chromium: find it (unpacking the one `npm ci` brought, on first use) and say
// which, or say in one line how to get one instead of failing later with a trace.
import { findChromium } from './chromium.mjs'

try {
  const { path, source } = await findChromium()
  console.log(`Chromium: ${path} (${source})`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
