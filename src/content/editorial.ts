// The editor's note and the takeaways: editorial.yaml in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/editorial'
import type { Editorial } from './types'

export const editorial = data as Editorial
