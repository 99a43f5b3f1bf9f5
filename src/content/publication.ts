import type { Publication } from './types'

// When this explainer was first published and last changed. The page shows both under the title
// and the NewsArticle JSON-LD carries them; validation holds every check and correction to them.
// Tiny on purpose: the article view ships it in the initial JavaScript.
export const publication: Publication = { published: '2026-11-28', updated: '2026-11-29' }
