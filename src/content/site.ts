// How the site names itself (page titles, descriptions, the article in a few words): site.yaml in
// the article's content folder, checked at build and served as plain data.
import data from 'virtual:content/site'
import type { Site } from './types'

export const site = data as Site
