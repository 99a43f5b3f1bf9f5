// Types for chromium.mjs, plain JavaScript so scripts run it under Node without a build.
export interface FoundChromium {
  path: string
  source: 'CHROME_PATH' | 'Debian' | '@sparticuz/chromium'
}
export const chromiumArgs: string[]
export const noChromiumMessage: string
export function findChromium(): Promise<FoundChromium>
