import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

const SLOWEST = Number(process.env.E2E_SLOWEST ?? 5)

/**
 * Prints, after the run, the slowest browser tests with their median and longest duration over
 * every time they ran (several with --repeat-each), so slow tests are seen before they time out.
 */
export default class DurationsReporter implements Reporter {
  private readonly runs = new Map<string, number[]>()

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = `${test.location.file.replace(/^.*tests\/e2e\//, '')}:${test.location.line} › ${test.titlePath().slice(3).join(' › ')}`
    const list = this.runs.get(title) ?? []
    list.push(result.duration)
    this.runs.set(title, list)
  }

  onEnd(_result: FullResult): void {
    if (this.runs.size === 0) return
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      const middle = Math.floor(sorted.length / 2)
      return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    }
    const rows = [...this.runs]
      .map(([title, durations]) => ({
        title,
        runs: durations.length,
        median: median(durations),
        max: Math.max(...durations),
      }))
      .sort((a, b) => b.max - a.max)
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(7)
    console.log(`\nSlowest ${Math.min(SLOWEST, rows.length)} of ${rows.length} browser tests (median, longest, runs):`)
    for (const row of rows.slice(0, SLOWEST)) {
      console.log(`${seconds(row.median)} ${seconds(row.max)}  ×${row.runs}  ${row.title}`)
    }
  }
}
