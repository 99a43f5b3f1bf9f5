import type { Publication } from './types'

// When this explainer was first published and last changed, and the day the vetted record its checks
// rest on ends. The page shows them under the title and beside each check, and the WebPage JSON-LD
// carries the first two; validation holds every check and correction to them.
// Tiny on purpose: the article view ships it in the initial JavaScript.
export const publication: Publication = { published: '2026-11-28', updated: '2026-12-04', recordEnds: '2026-01-20' }
