// Reads what `npm run lighthouse` prints out of each run: Lighthouse's JSON report, the trace and
// the DevTools log it saves with `--save-assets`. Kept apart from the script so the reading can be
// tested on small inputs.
import { LCPBreakdown } from 'lighthouse/core/computed/metrics/lcp-breakdown.js'
import { ProcessedNavigation } from 'lighthouse/core/computed/processed-navigation.js'
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js'
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js'

/**
 * The main thread's work before first paint, in the groups a reader of the table needs. Lighthouse
 * splits script cost into parse/compile and evaluation and counts garbage collection apart; before
 * the first paint both are a few milliseconds, so they join script evaluation and other.
 */
export const MAIN_THREAD_GROUPS = [
  { id: 'styleLayout', label: 'style & layout', lighthouse: ['styleLayout'] },
  { id: 'script', label: 'script evaluation', lighthouse: ['scriptEvaluation', 'scriptParseCompile'] },
  { id: 'parseHTML', label: 'parse HTML & CSS', lighthouse: ['parseHTML'] },
  { id: 'rendering', label: 'rendering', lighthouse: ['paintCompositeRender'] },
  { id: 'other', label: 'other', lighthouse: ['other', 'garbageCollection'] },
]

/** Lighthouse's score for a category, 0–100, or NaN when it could not score it. */
export function categoryScore(report, category) {
  const value = report.categories[category]?.score
  return value === null || value === undefined ? NaN : Math.round(value * 100)
}

/**
 * The LCP element and the phases of its LCP. Lighthouse 12 reports both in the
 * `largest-contentful-paint-element` audit (a list of two tables: the element, then TTFB, load
 * delay, load time and render delay in that order), but against this Chromium the audit errors
 * (its trace engine reads `frame_sequence` from events that no longer carry it). Then the phases
 * come from the computation that audit calls (LCPBreakdown, on the saved trace and DevTools log)
 * and the element from the trace's own LCP candidate event, which names the node and its size.
 * A text element has no resource to load, so its load phases are 0.
 */
export async function lcpElement(report, trace, devtoolsLog) {
  const [element, phases] = report.audits['largest-contentful-paint-element']?.details?.items ?? []
  const node = element?.items?.[0]?.node
  if (node && phases?.items?.length === 4) {
    const [ttfb, loadDelay, loadTime, renderDelay] = phases.items.map((item) => item.timing)
    return { element: `${node.selector}  ${node.snippet}`, phases: { ttfb, loadDelay, loadTime, renderDelay } }
  }
  const data = {
    trace,
    devtoolsLog,
    gatherContext: { gatherMode: 'navigation' },
    settings: report.configSettings,
    URL: {
      requestedUrl: report.requestedUrl,
      mainDocumentUrl: report.mainDocumentUrl,
      finalDisplayedUrl: report.finalDisplayedUrl,
    },
  }
  const context = { computedCache: new Map() }
  const lcp = report.audits['largest-contentful-paint']?.numericValue ?? NaN
  const { ttfb, loadStart, loadEnd } = await LCPBreakdown.request(data, context)
  const { largestContentfulPaintEvt } = await ProcessedNavigation.request(trace, context)
  const candidate = largestContentfulPaintEvt?.args?.data
  const hasLoad = loadStart !== undefined && loadEnd !== undefined
  return {
    element: candidate ? `<${candidate.nodeName}> (${candidate.type}, ${candidate.size} px²)` : '',
    phases: {
      ttfb,
      loadDelay: hasLoad ? loadStart - ttfb : 0,
      loadTime: hasLoad ? loadEnd - loadStart : 0,
      renderDelay: lcp - (hasLoad ? loadEnd : ttfb),
    },
  }
}

/**
 * Main-thread time (ms) by group, of the tasks that start after navigation and before the first
 * contentful paint, with Lighthouse's own trace processing (the same as its main-thread breakdown
 * audit, which counts the whole load). A task's self time counts toward its own group. Also the
 * time of all tasks that start between first contentful paint and LCP, when those differ.
 */
export function mainThreadBeforePaint(trace) {
  const processed = TraceProcessor.processTrace(trace)
  const { timings } = TraceProcessor.processNavigation(processed)
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
    processed.timestamps.timeOrigin,
  )
  const groupOf = new Map(MAIN_THREAD_GROUPS.flatMap((group) => group.lighthouse.map((id) => [id, group.id])))
  const totals = Object.fromEntries(MAIN_THREAD_GROUPS.map((group) => [group.id, 0]))
  let untilLcp = 0
  const fcp = timings.firstContentfulPaint
  const lcp = timings.largestContentfulPaint ?? fcp
  for (const task of tasks) {
    if (task.parent) continue
    if (task.startTime >= fcp && task.startTime < lcp) untilLcp += task.duration
  }
  const topLevel = (task) => (task.parent ? topLevel(task.parent) : task)
  for (const task of tasks) {
    const { startTime } = topLevel(task)
    if (startTime < 0 || startTime >= fcp) continue
    totals[groupOf.get(task.group.id) ?? 'other'] += task.selfTime
  }
  const total = Object.values(totals).reduce((sum, ms) => sum + ms, 0)
  return { ...totals, total, untilLcp }
}

/**
 * Whether the page committed in another renderer process than the blank page Lighthouse starts
 * from. Chromium does that for a response with `Cross-Origin-Opener-Policy: same-origin` (a new
 * browsing context group), and the new process costs this machine some 0.4–0.8 s of LCP under
 * Lighthouse, so a header one page gets and the other does not skews their ratio.
 */
export function committedInNewProcess(trace) {
  const events = trace.traceEvents ?? trace
  const started = events.find((event) => event.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]
  if (!started) return false
  const committed = events.find(
    (event) =>
      event.name === 'FrameCommittedInBrowser' &&
      event.args?.data?.frame === started.frame &&
      /^https?:/.test(event.args.data.url ?? ''),
  )
  return committed !== undefined && committed.args.data.processId !== started.processId
}

/**
 * How the page's HTML came over the wire, from the DevTools log: bytes received and decoded, when
 * its headers and its last byte arrived (ms after the request was sent; with devtools throttling
 * the emulated latency falls between the first and the last header byte), and the response
 * headers that shape its delivery (compression, chunked or sized, caching).
 */
export function documentResponse(devtoolsLog, url) {
  const response = devtoolsLog.find(
    (entry) =>
      entry.method === 'Network.responseReceived' &&
      entry.params.type === 'Document' &&
      entry.params.response.url === url,
  )
  if (!response) return null
  const { requestId } = response.params
  const { timing } = response.params.response
  const finished = devtoolsLog.find(
    (entry) => entry.method === 'Network.loadingFinished' && entry.params.requestId === requestId,
  )
  const received = devtoolsLog
    .filter((entry) => entry.method === 'Network.dataReceived' && entry.params.requestId === requestId)
    .reduce((sum, entry) => sum + entry.params.dataLength, 0)
  const headers = Object.fromEntries(
    Object.entries(response.params.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
  )
  return {
    transferBytes: finished?.params.encodedDataLength ?? NaN,
    bodyBytes: received,
    headersAt: timing?.receiveHeadersEnd ?? NaN,
    lastByteAt: finished && timing ? (finished.params.timestamp - timing.requestTime) * 1000 : NaN,
    headers,
  }
}

/** Every scored audit below full marks in any of the reports, as printable lines, and those that errored. */
export function shortfalls(reports, categories) {
  const below = new Map()
  const errored = new Set()
  for (const report of reports) {
    for (const category of categories) {
      for (const ref of report.categories[category]?.auditRefs ?? []) {
        const audit = report.audits[ref.id]
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          below.set(ref.id, `${category}: ${ref.id} (${audit.title}) ${audit.displayValue ?? ''}`.trim())
        }
      }
    }
    for (const audit of Object.values(report.audits)) if (audit.errorMessage) errored.add(audit.id)
  }
  return { below: [...below.values()], errored: [...errored] }
}
