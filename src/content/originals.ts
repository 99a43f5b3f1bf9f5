// The English original of the article, for the Spanish edition (its title and each passage, by id):
// the page shows it beside our translation. Null in the English edition. Only the prerendered HTML
// carries it (article-view.tsx reads it on the server), so no edition's JavaScript does.
import data from 'virtual:content/originals'

export interface Originals {
  title: string
  passages: Record<string, string>
}

export const originals = data as Originals | null
