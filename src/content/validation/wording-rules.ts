// What every sentence a reader sees must say about the record's numbers: each percentage beside the
// two figures it comes from and equal to the change they make (or one a fact states without
// figures), no undated "latest", "now", "currently" or "still" beside a figure, every qualifier a
// fact carries wherever the fact is used ("alleged" with the transfers, "preliminary", "nominal",
// "disputed", "or not located"), and no check dated before the record it rests on ends. The
// corrections log is not read: it quotes old wording on purpose.
import type { Article, ClaimNote, Editorial, Fact, Figure, Person, Publication, TimelineEvent } from '../types'
import { CONTENT_FILES, type ContentFile, type Reporter } from './report'

/** One text a reader sees, with the place an error about it names. */
export interface Wording {
  file: ContentFile
  id: string
  field: string
  text: string
}

/** Everything the wording rules read. */
export interface WordingSources {
  article: Article
  notes: readonly ClaimNote[]
  facts: readonly Fact[]
  people: readonly Person[]
  timeline: readonly TimelineEvent[]
  figures: readonly Figure[]
  editorial: Editorial
}

/** Every text a reader sees, except the corrections log (which quotes old wording). */
export function readerWordings(sources: WordingSources): Wording[] {
  const { article, notes, facts, people, timeline, figures, editorial } = sources
  const list: Wording[] = []
  const add = (file: ContentFile, id: string, field: string, text: unknown) => {
    if (typeof text === 'string') list.push({ file, id, field, text })
  }
  for (const section of article?.sections ?? []) {
    for (const passage of section?.passages ?? [])
      add(CONTENT_FILES.article, passage.id, 'themeReason', passage.themeReason)
  }
  for (const note of notes) {
    for (const field of ['context', 'record', 'ruling'] as const)
      add(CONTENT_FILES.notes, note.claimId, field, note[field])
  }
  for (const fact of facts) add(CONTENT_FILES.facts, fact.id, 'text', fact.text)
  for (const person of people) {
    add(CONTENT_FILES.people, person.id, 'role', person.role)
    add(CONTENT_FILES.people, person.id, 'description', person.description)
  }
  for (const event of timeline) add(CONTENT_FILES.timeline, event.id, 'text', event.text)
  for (const figure of figures) {
    add(CONTENT_FILES.figures, figure.id, 'title', figure.title)
    add(CONTENT_FILES.figures, figure.id, 'caveat', figure.caveat)
    add(CONTENT_FILES.figures, figure.id, 'aside.text', figure.aside?.text)
  }
  add(CONTENT_FILES.editorial, 'note', 'note.text', editorial?.note?.text)
  editorial?.note?.corrections?.forEach((correction, c) => {
    add(CONTENT_FILES.editorial, 'note', `note.corrections.${c}.text`, correction.text)
  })
  for (const takeaway of editorial?.takeaways ?? []) add(CONTENT_FILES.editorial, takeaway.id, 'text', takeaway.text)
  return list
}

/** The sentences of a text ("U.S." does not end one). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/U\.S\./g, 'US')
    .split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡“‘(])/)
    .filter((sentence) => sentence.trim() !== '')
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`
const toNumber = (written: string) => Number(written.replace(/,/g, ''))

/** A percentage as printed: its value, its decimals, and whether it is given as approximate. */
export interface PrintedPercentage {
  value: number
  decimals: number
  approximate: boolean
}

/** The percentages printed in a sentence. */
export function percentagesIn(sentence: string): PrintedPercentage[] {
  return [...sentence.matchAll(new RegExp(`(about |around |some |nearly )?(${NUMBER})%`, 'g'))].map((match) => ({
    value: toNumber(match[2] ?? ''),
    decimals: (match[2] ?? '').split('.')[1]?.length ?? 0,
    approximate: match[1] !== undefined,
  }))
}

/** Spanish verbs of change that open a "de A … a B" pair of figures. */
const SPANISH_CHANGE =
  'bajó|bajaron|subió|subieron|pasó|pasaron|cayó|cayeron|aumentó|aumentaron|disminuyó|disminuyeron|creció|crecieron'

/** The first "from A … to B" ("de A … a B") pair of figures in a sentence, if any. */
export function figurePairIn(sentence: string): { from: number; to: number } | undefined {
  const match =
    sentence.match(new RegExp(String.raw`\bfrom (${NUMBER})\b[^%;]*?\bto (${NUMBER})`, 'i')) ??
    // Spanish: "bajó de 86.9 en septiembre de 2024 a 52.4", "de 105,838 a 70,422".
    sentence.match(new RegExp(String.raw`\b(?:${SPANISH_CHANGE}) de (${NUMBER})\b[^%;]*?\ba (${NUMBER})`, 'i')) ??
    sentence.match(new RegExp(String.raw`\bde (${NUMBER}) a (${NUMBER})`, 'i'))
  if (!match) return undefined
  return { from: toNumber(match[1] ?? ''), to: toNumber(match[2] ?? '') }
}

/** The change from one figure to another, in percent of the first. */
export const percentChange = (from: number, to: number) => (Math.abs(to - from) / from) * 100

/** Whether a printed percentage is what its two figures give, to the precision it is printed with. */
export function percentageMatches(printed: PrintedPercentage, pair: { from: number; to: number }): boolean {
  const computed = percentChange(pair.from, pair.to)
  const tolerance = printed.approximate ? 1 : 0.5 * 10 ** -printed.decimals + 1e-9
  return Math.abs(computed - printed.value) <= tolerance
}

/** Percentages a fact states with no figures to compute them from (a proposed rise, a tariff rate). */
export function statedPercentages(facts: readonly Fact[]): Set<number> {
  const stated = new Set<number>()
  for (const fact of facts) {
    for (const sentence of sentencesOf(fact.text ?? '')) {
      if (figurePairIn(sentence)) continue
      for (const printed of percentagesIn(sentence)) stated.add(printed.value)
    }
  }
  return stated
}

/** Words that present a figure as current, which no figure of a closed record is, in each language. */
export const UNDATED_WORDS = {
  en: ['latest', 'now', 'currently', 'still'],
  es: ['ahora', 'actualmente', 'todavía', 'aún', 'vigente'],
} as const
export type WordingLanguage = keyof typeof UNDATED_WORDS
const UNDATED_REACH = 5
/** A number, or a word that stands for one ("the latest figures", "the total now", "la cifra ahora"). */
const FIGURE_WORD =
  /\d|^(figures?|counts?|totals?|budgets?|averages?|data|estimates?|numbers?|tolls?|cifras?|conteos?|totales?|presupuestos?|promedios?|datos?|estimaciones?|números?)$/i

/** The undated words within a few words of a figure in a text, each with the nearest figure. */
export function undatedNearFigures(text: string, language: WordingLanguage = 'en'): { word: string; figure: string }[] {
  const words = text.split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
  const found: { word: string; figure: string }[] = []
  words.forEach((word, i) => {
    if (!(UNDATED_WORDS[language] as readonly string[]).includes(word.toLowerCase())) return
    for (let distance = 1; distance <= UNDATED_REACH; distance++) {
      const near = [words[i - distance], words[i + distance]].find((w) => w !== undefined && FIGURE_WORD.test(w))
      if (near !== undefined) {
        found.push({ word, figure: near })
        return
      }
    }
  })
  return found
}

/**
 * A fact's qualifier, required wherever the fact is used: when `uses` matches a sentence, `needs`
 * must match that sentence, or the whole text where the qualifier may sit in a sentence of its own.
 */
export interface QualifierRule {
  name: string
  uses: RegExp
  needs: RegExp
  scope: 'sentence' | 'text'
  message: string
}

export const QUALIFIER_RULES: readonly QualifierRule[] = [
  {
    name: 'transfers are of alleged cartel figures (B4-B6)',
    uses: /\b(29|26|37|92)\b(?=[\s\S]*\b(sent|sends|send|transfer|transfers|transferred|handed)\b)|\b(sent|sends|send|transfer|transfers|transferred|handed)\b[\s\S]*\b(29|26|37|92)\b/i,
    needs: /\balleged\b|presunt/i,
    scope: 'sentence',
    message: 'mentions the people sent to the United States without “alleged”',
  },
  {
    name: 'Canobbio is an alleged finance operator (C3)',
    uses: /Canobbio/,
    needs: /\balleged\b|presunt/i,
    scope: 'sentence',
    message: 'names Canobbio without “alleged”',
  },
  {
    name: 'the 2024 homicide count is preliminary (D1)',
    uses: /\b33,241\b|\b33,000\b/,
    needs: /preliminar/i,
    scope: 'sentence',
    message: 'gives the 2024 homicide count without “preliminary”',
  },
  {
    name: 'the missing are "missing or not located", as of 18 December 2025 (D3)',
    uses: /\b133,(520|000)\b/,
    needs:
      /(not located|no localizad)[\s\S]*18 (December|de diciembre de) 2025|18 (December|de diciembre de) 2025[\s\S]*(not located|no localizad)/i,
    scope: 'sentence',
    message: 'gives the people registered as missing without “or not located” and “as of 18 December 2025”',
  },
  {
    name: 'the official homicide averages are disputed (D2)',
    uses: /\b86\.9\b|\b52\.4\b|\b40%/,
    needs: /disputed|cuestionad/i,
    scope: 'text',
    message: 'gives the official homicide averages without saying they are disputed',
  },
  {
    name: 'the SSPC budget fell in nominal pesos, partly because the National Guard moved (F1)',
    uses: /\b105,838\b|\b70,422\b/,
    needs: /nominal[\s\S]*(National Guard|Guardia Nacional)|(National Guard|Guardia Nacional)[\s\S]*nominal/i,
    scope: 'sentence',
    message: 'gives the SSPC budget figures without “nominal” and the National Guard’s move',
  },
  {
    name: 'the 2026 figures are as proposed, and nominal (F2)',
    uses: /\b60,110\b|\b0\.7%/,
    needs: /propos|propuest|propuso|propone/i,
    scope: 'sentence',
    message: 'gives a 2026 budget figure without saying it was proposed',
  },
  {
    name: 'the 0.7% rise is nominal (F2)',
    uses: /\b0\.7%/,
    needs: /nominal/i,
    scope: 'sentence',
    message: 'gives the 0.7% rise without “nominal”',
  },
]

/** Checks every text a reader sees against the wording rules above. */
export function checkWording(reporter: Reporter, sources: WordingSources, language: WordingLanguage = 'en'): void {
  const stated = statedPercentages(sources.facts)
  for (const { file, id, field, text } of readerWordings(sources)) {
    for (const { word, figure } of undatedNearFigures(text, language)) {
      reporter.report(
        file,
        id,
        field,
        `“${word}” beside the figure “${figure}”: date it as of its source instead`,
        'undated-figure',
      )
    }
    const sentences = sentencesOf(text)
    for (const sentence of sentences) {
      const pair = figurePairIn(sentence)
      for (const printed of percentagesIn(sentence)) {
        if (stated.has(printed.value)) continue
        if (pair && !percentageMatches(printed, pair)) {
          const computed = percentChange(pair.from, pair.to).toFixed(Math.max(1, printed.decimals))
          reporter.report(
            file,
            id,
            field,
            `${printed.value}% is not the change from ${pair.from} to ${pair.to} (${computed}%)`,
            'percentage-mismatch',
          )
        } else if (!pair) {
          reporter.report(
            file,
            id,
            field,
            `${printed.value}% is printed without the two figures it comes from`,
            'percentage-without-figures',
          )
        }
      }
    }
    for (const rule of QUALIFIER_RULES) {
      const using = sentences.filter((sentence) => rule.uses.test(sentence))
      const failing = rule.scope === 'text' ? (rule.needs.test(text) ? [] : using.slice(0, 1)) : using
      for (const sentence of failing) {
        if (rule.scope === 'text' || !rule.needs.test(sentence))
          reporter.report(file, id, field, rule.message, 'missing-qualifier')
      }
    }
  }
}

/** Checks that no claim was checked before the day its record ends, nor the record ends after publication. */
export function checkRecordEnd(
  reporter: Reporter,
  notes: readonly ClaimNote[],
  publication: Publication | undefined,
): void {
  const ends = publication?.recordEnds
  if (!ends) return
  if (ends > publication.published) {
    reporter.report(
      CONTENT_FILES.publication,
      'publication',
      'recordEnds',
      `${ends} is after the explainer was published`,
      'date-order',
    )
  }
  for (const note of notes) {
    if (typeof note?.checked === 'string' && note.checked < ends) {
      reporter.report(
        CONTENT_FILES.notes,
        note.claimId,
        'checked',
        `${note.checked} is before the record it rests on ends (${ends})`,
        'check-before-record-end',
      )
    }
  }
}
