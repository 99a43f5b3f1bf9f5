// Types for site-config.mjs, which stays plain JavaScript so the prerenderer runs it under Node 20.
type Env = Readonly<Record<string, string | undefined>>
export const DEFAULT_SITE_URL: string
export const DEFAULT_REPORT_EMAIL: string
export function siteOrigin(env?: Env): string
export function reportEmail(env?: Env): string
