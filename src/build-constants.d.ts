// Constants that vite.config.ts writes into the code at build time (Vite `define`), from
// SITE_URL and REPORT_EMAIL; scripts/site-config.mjs holds their defaults.

/** The site's absolute origin, without a trailing slash, e.g. https://cartel-strategy-explained.example */
declare const __SITE_ORIGIN__: string
/** The address that receives readers' error reports. */
declare const __REPORT_EMAIL__: string
/** This build's id: when it was built, an ISO time (later builds sort after earlier ones). */
declare const __BUILD_ID__: string
/** The edition this build is (SITE_LANG): 'en' at `/`, 'es' at `/es/`. */
declare const __SITE_LANG__: 'en' | 'es'
/** Whether the article has both editions, English and Spanish: each page then links to the other. */
declare const __BILINGUAL__: boolean
