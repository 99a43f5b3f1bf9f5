// The editions the build makes of the article under test (CONTENT_DIR), as scripts/build.mjs
// decides them: English always, at `/`; Spanish at `/es/` when the content folder has es/. Each with
// its own words, loaded as the build loads them, so one browser test can walk either edition.
import { editionsOf } from '../../../scripts/content/editions.mjs'
import { formatProblem, loadEdition } from '../../../scripts/content/load-content'
import type { Originals } from '../../../src/content/originals'
import type {
  Article,
  Claim,
  ClaimNote,
  ContentBundle,
  Mention,
  Site,
  Theme,
  VerdictScale,
} from '../../../src/content/types'
import type { UiKey } from '../../../src/lib/ui-keys'

export type Lang = 'en' | 'es'

/** The content modules one edition's pages are built from (scripts/content/load-content.ts). */
export interface EditionModules extends ContentBundle {
  article: Article
  claims: Claim[]
  claimNotes: ClaimNote[]
  themes: Theme[]
  mentions: Mention[]
  verdictScale: VerdictScale
  site: Site
  /** The interface dictionary, key → text with its {placeholders}. */
  ui: Record<string, string>
  /** The English original beside a translation; null in the English edition. */
  originals: Originals | null
}

export interface Edition {
  lang: Lang
  /** The locale its dates and numbers are written in (src/lib/i18n.ts). */
  locale: 'en-GB' | 'es-MX'
  /** Its name in test titles. */
  name: string
  /** Where its pages live: `/` or `/es/`. */
  base: string
  modules: EditionModules
  /** An address in this edition: `/sources` is `/es/sources` in Spanish, `/` is `/es/`. */
  path(path: string): string
  /** An interface text of this edition, its {placeholders} filled (numbers as the locale writes them). */
  ui(key: UiKey, params?: Record<string, string | number>): string
}

const contentDir = process.env.CONTENT_DIR ?? 'content/mexico-security-chief'

const SETTINGS: Record<Lang, Pick<Edition, 'locale' | 'name' | 'base'>> = {
  en: { locale: 'en-GB', name: 'English', base: '/' },
  es: { locale: 'es-MX', name: 'Spanish', base: '/es/' },
}

function edition(lang: Lang): Edition {
  const loaded = loadEdition(contentDir, lang)
  if (loaded.problems.length > 0) throw new Error(loaded.problems.map(formatProblem).join('\n'))
  const modules = loaded.modules as unknown as EditionModules
  const { locale, name, base } = SETTINGS[lang]
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })
  return {
    lang,
    locale,
    name,
    base,
    modules,
    path: (path) => `${base}${path.replace(/^\//, '')}`,
    ui(key, params = {}) {
      const text = modules.ui[key]
      if (text === undefined) throw new Error(`the ${name} edition has no interface text "${key}"`)
      return text.replace(/\{(\w+)\}/g, (_whole, placeholder: string) => {
        const value = params[placeholder]
        if (value === undefined) throw new Error(`"${key}" needs a value for {${placeholder}}`)
        return typeof value === 'number' ? numbers.format(value) : value
      })
    },
  }
}

/** Every edition the build has, English first. */
export const editions: Edition[] = [
  edition('en'),
  ...(editionsOf(contentDir).includes('es') ? [edition('es' as const)] : []),
]

/** The English edition, which every build has. */
export const english = editions[0] as Edition

/** The editions translated from the English: none for an article without es/. */
export const translations = editions.filter((e) => e.lang !== 'en')
