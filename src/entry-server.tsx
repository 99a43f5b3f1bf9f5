// Server entry for build-time prerendering (scripts/prerender.mjs), through the router's
// documented SSR API: createRequestHandler + defaultRenderHandler. Nothing internal is used.
import { createRequestHandler, defaultRenderHandler } from '@tanstack/react-router/ssr/server'
import { content } from './content'
import { publication as shippedPublication } from './content/publication'
import { site as contentSite } from './content/site'
import { loadNotes } from './features/claims/notes-resource'
import { t } from './lib/i18n'
import { structuredData as buildStructuredData, jsonLdScriptBody, type Site } from './lib/structured-data'
import { createAppRouter } from './router'

/** How the site names itself (site.yaml): titles and descriptions for the prerendered pages. */
export function site() {
  return contentSite
}

/** The words the prerender writes around the pages (titles, the Spanish manifest), in this edition's language. */
export function pageTexts() {
  return {
    sourcesTitle: t('sources.title'),
    notFoundTitle: t('notFound.title'),
    notFoundDescription: t('notFound.description'),
    manifestName: t('manifest.name'),
    manifestShortName: t('manifest.shortName'),
  }
}

/** Whether the article has both editions: each page then names the other's address. */
export const bilingual = __BILINGUAL__

/** The explainer's published and updated dates, as this build has them (the service worker says them). */
export const publication = shippedPublication

/** Renders one URL to its app HTML (the markup that goes inside #root) and HTTP status. */
export async function render(url: string): Promise<{ html: string; status: number }> {
  // The claim context is a lazy chunk in the browser; on the server it is loaded before rendering
  // so the static HTML holds every note for readers without JavaScript.
  await loadNotes()
  const request = new Request(new URL(url, 'http://localhost'))
  const handler = createRequestHandler({ request, createRouter: () => createAppRouter() })
  const response = await handler(defaultRenderHandler)
  const html = (await response.text()).replace(/^<!DOCTYPE html>/i, '')
  return { html, status: response.status }
}

/** The JSON-LD of the article page (NewsArticle + one ClaimReview per claim), for the end of its body. */
export async function structuredData(site: Site): Promise<string> {
  const notes = await loadNotes()
  return jsonLdScriptBody(buildStructuredData(content, notes, site))
}
