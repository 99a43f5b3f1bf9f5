// Types for content.mjs (plain JavaScript so the bench runs under Node 20 without a build).
import type { Article, Claim, ClaimNote, CorrectionEntry, Editorial } from '../../src/content/types'

export interface ScalableContent {
  article: Article
  claims: Claim[]
  claimNotes: ClaimNote[]
  editorial: Editorial
  corrections: CorrectionEntry[]
  /** Passage id → why it carries its themes, as the loader serves them apart from the article. */
  themeReasons?: Record<string, string>
}
export function scaleContent(content: ScalableContent, factor: number): ScalableContent
export function contentFolderFiles(modules: Record<string, unknown>, scaled: ScalableContent): Record<string, string>
