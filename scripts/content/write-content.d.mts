// Types for write-content.mjs (plain JavaScript, so the converter and the benchmark run it under Node).
export const NOTE_PROSE: Record<'context' | 'record', string>
export const YAML_FILES: Record<string, string>
export function articleMarkdown(article: unknown, claimOrder: string[]): string
export function claimMarkdown(claim: unknown, note: unknown): string
export function contentFiles(content: Record<string, unknown>): Record<string, string>
export function writeContentFolder(dir: string, files: Record<string, string>): void
export function contentFromModules(modules: Record<string, unknown>): Record<string, unknown>
