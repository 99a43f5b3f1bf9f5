// The content model. Plain types only: the zod schema in schema.ts checks data against the same
// shape at build and in tests, and no client code ships the schema.

/** A theme's id, as the article's themes.yaml names it (an article has two to five themes). */
export type ThemeId = string

export const CLAIM_KINDS = ['fact', 'commitment', 'assessment', 'forecast'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/**
 * The record-check scale, from best to worst support, then "unverifiable", which is outside the
 * scale (the record cannot settle the statement either way). The ids are also `data-verdict` values
 * in the page and its CSS.
 */
export const VERDICTS = ['supported', 'partly-supported', 'not-borne-out', 'contradicted', 'unverifiable'] as const
export type Verdict = (typeof VERDICTS)[number]

/** The fact sheet's confidence levels: "partly" and "claim" must be said in the app. */
export const CONFIDENCES = ['confirmed', 'partly', 'claim'] as const
export type Confidence = (typeof CONFIDENCES)[number]

export interface Passage {
  id: string
  text: string
  themes: ThemeId[]
  /**
   * One line an editor could defend: why the passage carries these themes. Written in article.md
   * and checked at build; the app reads it from theme-reasons.ts (the theme walk's chunk), so the
   * page's initial JavaScript does not carry it.
   */
  themeReason?: string
  /** Not translated yet: the Spanish edition shows the English text, and says so. */
  pending?: boolean
}

export interface Section {
  id: string
  title: string
  /** True for a title the editors added; false for the article's own heading. */
  editorialTitle: boolean
  passages: Passage[]
}

export interface Article {
  title: string
  source: string
  sections: Section[]
}

export interface Theme {
  id: ThemeId
  label: string
  description: string
}

/** A W3C Web Annotation TextQuoteSelector: the exact text, with optional context around it. */
export interface TextQuoteSelector {
  exact: string
  prefix?: string
  suffix?: string
}

/** What every page needs to mark a claim in the text. The rest lives in ClaimNote (lazy). */
export interface Claim {
  id: string
  passageId: string
  quote: TextQuoteSelector
  /** The first theme is the claim's primary theme: it colors the highlight. */
  themes: ThemeId[]
  verdict: Verdict
}

export interface Speaker {
  id: string
  name: string
  role: string
}

export interface Source {
  id: string
  title: string
  publisher: string
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) as precise as the source gives, or UNDATED. */
  date: string
  url?: string
  /** The language of a published headline; none for our [bracketed] description of a source. */
  language?: 'en' | 'es'
}

export interface Fact {
  id: string
  /** Written in our own words from the fact sheet. */
  text: string
  confidence: Confidence
  /**
   * The report we know this fact through, when it is another outlet's account of a piece rather
   * than the piece itself (second-hand). Said beside the fact wherever it appears.
   */
  via?: string
  sourceIds: string[]
}

/** The context a reader gets on opening a claim. */
export interface ClaimNote {
  claimId: string
  /** Short name used in lists (related claims, endnotes, takeaways). */
  label: string
  related: string[]
  speakerId: string
  kind: ClaimKind
  context: string
  /** What the public record shows, in one or two sentences. */
  record: string
  factIds: string[]
  /** Our ruling in one sentence; the page puts "Our ruling: <verdict>." before it. */
  ruling: string
  /** When the claim was checked against the record (YYYY-MM-DD). */
  checked: string
  /** When the published note last changed (YYYY-MM-DD); the corrections log says what and why. */
  updated?: string
  /**
   * True only where the record holds the speaker's own words for this statement. Otherwise the
   * statement is the article's report of them, and the structured data attributes it to the article.
   */
  wordsOnRecord?: boolean
  /** Not translated yet: the Spanish edition shows the English note's texts, and says so. */
  pending?: boolean
  /** The texts of a pending note that are the English note's (set by the loader). */
  englishFields?: ('label' | 'ruling' | 'context' | 'record')[]
}

/** How the site names itself: page titles, descriptions for search and sharing. */
export interface Site {
  /** The site's name, after each page's own title: "<page> — <name>". */
  name: string
  /** The home page's title and description. */
  title: string
  description: string
  /** The Sources & method page's description. */
  sourcesDescription: string
  /** What the article is, in a few words, as in "a theme of <subject>". */
  subject: string
}

/** Each verdict's label and what it means, as readers see them. */
export type VerdictScale = Record<Verdict, { label: string; meaning: string }>

/** When the explainer was first published and last changed, and the day its record ends (YYYY-MM-DD). */
export interface Publication {
  published: string
  updated: string
  /** The last day of the vetted record every check rests on: figures are as of it or earlier. */
  recordEnds: string
}

/** One entry of the corrections log: a dated change to what readers were shown, with its reason. */
export interface CorrectionEntry {
  id: string
  /** YYYY-MM-DD. */
  date: string
  /** The claims whose notes changed or were added; empty for the editor's note, takeaways or who's who alone. */
  claimIds: string[]
  /** The "At a glance" takeaways whose text changed, by id. */
  takeawayIds?: string[]
  /** What changed, so a reader of the old text learns what is different. */
  what: string
  why: string
}

export interface ContentBundle {
  article: Article
  themes: Theme[]
  claims: Claim[]
  /** Where the article names people and bodies of who's who (small: it ships with every page). */
  mentions: Mention[]
}

export interface NotesBundle {
  notes: ClaimNote[]
  speakers: Speaker[]
  facts: Fact[]
  sources: Source[]
  /** The "Who's who" card: it cites facts and sources that live here anyway. */
  people: Person[]
  /** The record's dated moments, in date order, and its numbers as charts. */
  timeline: TimelineEvent[]
  figures: Figure[]
}

/** A source date the fact sheet does not give (a continuously edited page, an undated report). */
export const UNDATED = 'undated'

/** A person or body the article names or implies, described from the fact sheet. */
export interface Person {
  id: string
  name: string
  /** Their office or nature, in a few words. */
  role: string
  /** Two or three sentences in our own words, every statement backed by one of `factIds`. */
  description: string
  factIds: string[]
  /**
   * The words the article may use for them, exactly as written ("García Harfuch", "The security
   * chief"). Validation requires a mention (mentions.ts) of everyone the article names this way.
   */
  names?: string[]
  /** Their offices over the dates the article and the record touch, oldest first. */
  roles?: DatedRole[]
  /** One or two sentences: why the name matters to this article, from `factIds` and the claims. */
  why?: string
  /** The claims this name bears on, shown on its card. */
  claimIds?: string[]
}

/** An office held from one day to another (to the present when `to` is absent), both days included. */
export interface DatedRole {
  /** YYYY-MM-DD. */
  from: string
  to?: string
  text: string
  factIds: string[]
}

/**
 * A place where the article names someone in who's who: its words in a passage, anchored like a
 * claim's quote, and the date its sentence concerns when the article gives one (YYYY-MM-DD or
 * YYYY-MM), so the card can say what they were then.
 */
export interface Mention {
  id: string
  personId: string
  passageId: string
  quote: TextQuoteSelector
  date?: string
}

/** The timeline moment whose date every name card gives as the interview's real date. */
export const INTERVIEW_EVENT_ID = 'times-interview'

/** One "At a glance" point: our own summary, resting on the claims it links to. */
export interface Takeaway {
  id: string
  text: string
  claimIds: string[]
}

/** A plain error in the article, named in the editor's note above it. */
export interface Correction {
  claimId: string
  /** What the record shows instead, in one sentence. */
  text: string
}

/** What readers see before the article: the editor's note and the takeaways. */
export interface Editorial {
  note: { text: string; corrections: Correction[] }
  takeaways: Takeaway[]
}

/**
 * One dated moment of the public record on the timeline. `article` marks the article's own claim
 * about a date, shown where it falls against the record (it rests on no fact).
 */
export interface TimelineEvent {
  id: string
  /** ISO date, as precise as the record gives it: YYYY-MM-DD or YYYY-MM. */
  date: string
  /** What happened, in our own words, from the facts cited. */
  text: string
  kind: 'record' | 'article'
  factIds: string[]
  /** The claims this moment bears on. */
  claimIds: string[]
}

/** A stretch of time between two moments of the timeline (to the present when `to` is absent). */
export interface TimelineSpan {
  label: string
  from: string
  to?: string
}

/** One number of a chart, from one fact, with the label of its bar. */
export interface FigureValue {
  label: string
  value: number
  factId: string
  /** A figure the record gives as a proposal or a preliminary count, drawn apart and said so. */
  provisional?: 'proposal' | 'preliminary'
}

/** A small chart of the record's numbers, shown in "The record in numbers" and beside its claims. */
export interface Figure {
  id: string
  title: string
  /** The unit of every value, in words: "million pesos", "homicides". */
  unit: string
  values: FigureValue[]
  /** Whether the chart adds a last bar with the running total of its values. */
  runningTotal?: boolean
  /** A related change the record gives beside the values (drawn as text), e.g. a sector's total. */
  aside?: { text: string; factId: string }
  /** The record's own caveat about these numbers, shown with the chart. */
  caveat?: string
  claimIds: string[]
}
