// Where the site is published and where readers report errors: read from the environment at
// build time by vite.config.ts (for the app) and scripts/prerender.mjs (for the pages' meta tags).
// Plain JavaScript so the prerenderer runs it under Node 20; this is the one place the defaults live.

export const DEFAULT_SITE_URL = 'https://cartel-strategy-explained.example'
export const DEFAULT_REPORT_EMAIL = 'corrections@cartel-strategy-explained.example'

/** The site's absolute origin (no trailing slash) from SITE_URL; throws a one-line message if it is not http(s). */
export function siteOrigin(env = process.env) {
  const value = env.SITE_URL ?? DEFAULT_SITE_URL
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href.replace(/\/+$/, '')
  } catch {
    // Reported below, with the value.
  }
  throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, not "${value}"`)
}

// One address, no display name: local part and a domain of at least two labels, nothing that a
// mailto: link would have to escape.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/** The address that receives error reports, from REPORT_EMAIL; throws a one-line message if it is not one address. */
export function reportEmail(env = process.env) {
  const value = env.REPORT_EMAIL ?? DEFAULT_REPORT_EMAIL
  if (EMAIL.test(value)) return value
  throw new Error(`REPORT_EMAIL must be one e-mail address such as corrections@example.org, not "${value}"`)
}
