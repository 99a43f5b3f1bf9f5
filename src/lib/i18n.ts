// The edition's language and its interface strings. The words live in the article's content folder
// (ui.yaml, es/ui.yaml); the build replaces each `t('key')` and `tp('key', …)` in the source with the
// edition's text (scripts/content/vite-plugin.ts), so no dictionary and no other language's words
// reach the browser, and each chunk carries only the strings it shows. At run time these functions
// only fill in {placeholders}, numbers formatted with Intl for the edition's locale.
import type { UiKey } from './ui-keys'

export type { UiKey } from './ui-keys'

/** The edition this build is: each language is its own build (SITE_LANG), with its own pages. */
export const LANG: Lang = __SITE_LANG__
export type Lang = 'en' | 'es'

/** The locale dates and numbers are written in: British English, or Mexican Spanish. */
export const LOCALE = LANG === 'es' ? 'es-MX' : 'en-GB'

/** Where each edition's pages live: `/` and `/es/`. */
export const EDITION_BASE: Record<Lang, string> = { en: '/', es: '/es/' }

type Params = Record<string, string | number>
/** A key with a `.one` and an `.other` form, named without the suffix. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never

let numbers: Intl.NumberFormat | undefined
/** A number as the edition writes it (en-GB and es-MX both: 70,422 and 86.9). */
export function formatNumber(value: number): string {
  numbers ??= new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 20 })
  return numbers.format(value)
}

/** A text with its {placeholders} filled; numbers are formatted for the locale. */
export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value) : value
  })
}

/** An interface string, by key (replaced with its text at build), its {placeholders} filled. */
export function t(key: UiKey, params?: Params): string {
  return fill(key, params)
}

let plurals: Intl.PluralRules | undefined
/** A count's interface string, the `.one` or `.other` form as Intl's plural rules pick it. */
export function tp(key: PluralKey, count: number, params?: Params): string {
  // At build the key is replaced by its two forms: { one, other }.
  const forms = key as unknown as Record<'one' | 'other', string>
  plurals ??= new Intl.PluralRules(LOCALE)
  const form = plurals.select(count) === 'one' ? forms.one : forms.other
  return fill(form, { count, ...params })
}
