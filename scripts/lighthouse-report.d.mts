// Types for lighthouse-report.mjs, which stays plain JavaScript so the Lighthouse script runs under Node 20.
// The reports, traces and DevTools logs are Lighthouse's JSON, read loosely: only the fields used here.
type Json = Record<string, unknown>

export const MAIN_THREAD_GROUPS: { id: string; label: string; lighthouse: string[] }[]
export function categoryScore(report: Json, category: string): number
export function lcpElement(
  report: Json,
  trace: Json,
  devtoolsLog: Json[],
): Promise<{ element: string; phases: { ttfb: number; loadDelay: number; loadTime: number; renderDelay: number } }>
export function mainThreadBeforePaint(trace: Json): {
  styleLayout: number
  script: number
  parseHTML: number
  rendering: number
  other: number
  total: number
  untilLcp: number
}
export function committedInNewProcess(trace: Json): boolean
export function documentResponse(
  devtoolsLog: Json[],
  url: string,
): {
  transferBytes: number
  bodyBytes: number
  headersAt: number
  lastByteAt: number
  headers: Record<string, string>
} | null
export function shortfalls(reports: Json[], categories: string[]): { below: string[]; errored: string[] }
