// The content as its files hold it, for tests that validate it whole: the article the app imports
// has its passages' theme reasons apart (theme-reasons.ts), and validation wants them in place.
import { content } from '../src/content'
import { article as servedArticle } from '../src/content/article'
import { corrections } from '../src/content/corrections'
import { editorial } from '../src/content/editorial'
import { notesBundle } from '../src/content/notes'
import { publication } from '../src/content/publication'
import { themeReasons } from '../src/content/theme-reasons'
import type { Article } from '../src/content/types'

/** The article with each passage's theme reason back in place. */
export const article: Article = {
  ...servedArticle,
  sections: servedArticle.sections.map((section) => ({
    ...section,
    passages: section.passages.map((passage) => ({ ...passage, themeReason: themeReasons[passage.id] })),
  })),
}

/** Everything validation reads, as shipped. */
export const shipped = () =>
  structuredClone({ ...content, article, ...notesBundle, editorial, corrections, publication, themeReasons })
