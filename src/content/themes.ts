// The themes, their labels and descriptions: themes.yaml (their colours become CSS there too) in the article's content folder,
// parsed and checked at build (scripts/content/load-content.ts) and served as plain data.
import data from 'virtual:content/themes'
import type { Theme } from './types'

export const themes = data as Theme[]
