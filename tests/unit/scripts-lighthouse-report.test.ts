import { describe, expect, it } from 'vitest'
import {
  categoryScore,
  committedInNewProcess,
  documentResponse,
  lcpElement,
  mainThreadBeforePaint,
  shortfalls,
} from '../../scripts/lighthouse-report.mjs'

const BROWSER = 1
const RENDERER = 2
const MAIN = 20
const FRAME = 'F1'
const T0 = 1_000_000 // µs, the navigation's start

type TraceEvent = Record<string, unknown>

/** A task on the renderer's main thread, `at` and `ms` in ms after navigation start. */
const task = (at: number, ms: number, name = 'RunTask', cat = 'disabled-by-default-devtools.timeline'): TraceEvent => ({
  name,
  cat,
  ph: 'X',
  pid: RENDERER,
  tid: MAIN,
  ts: T0 + at * 1000,
  dur: ms * 1000,
  args: {},
})

/** The least of a Chromium trace that Lighthouse's trace processing accepts, with the given tasks. */
function trace({
  fcp,
  lcp,
  tasks,
  committedIn = RENDERER,
}: {
  fcp: number
  lcp: number
  tasks: TraceEvent[]
  committedIn?: number
}) {
  const frameEvent = (name: string, at: number, data: Record<string, unknown> = {}): TraceEvent => ({
    name,
    cat: 'loading,rail,devtools.timeline',
    ph: 'R',
    pid: RENDERER,
    tid: MAIN,
    ts: T0 + at * 1000,
    args: { frame: FRAME, data: { navigationId: 'N1', ...data } },
  })
  return {
    traceEvents: [
      {
        name: 'thread_name',
        cat: '__metadata',
        ph: 'M',
        pid: RENDERER,
        tid: MAIN,
        ts: 0,
        args: { name: 'CrRendererMain' },
      },
      {
        name: 'thread_name',
        cat: '__metadata',
        ph: 'M',
        pid: committedIn,
        tid: MAIN,
        ts: 0,
        args: { name: 'CrRendererMain' },
      },
      {
        name: 'TracingStartedInBrowser',
        cat: 'disabled-by-default-devtools.timeline',
        ph: 'I',
        pid: BROWSER,
        tid: 1,
        ts: T0 - 10_000,
        args: { data: { frames: [{ frame: FRAME, url: 'about:blank', processId: RENDERER }] } },
      },
      {
        name: 'FrameCommittedInBrowser',
        cat: 'disabled-by-default-devtools.timeline',
        ph: 'I',
        pid: BROWSER,
        tid: 1,
        ts: T0 + 100_000,
        args: { data: { frame: FRAME, url: 'http://127.0.0.1/', processId: committedIn } },
      },
      {
        ...frameEvent('navigationStart', 0, { documentLoaderURL: 'http://127.0.0.1/', isLoadingMainFrame: true }),
        cat: 'blink.user_timing',
      },
      frameEvent('firstPaint', fcp),
      frameEvent('firstContentfulPaint', fcp),
      frameEvent('largestContentfulPaint::Candidate', lcp, {
        candidateIndex: 1,
        isMainFrame: true,
        isOutermostMainFrame: true,
        nodeName: "H1 id='article-title'",
        size: 37948,
        type: 'text',
      }),
      ...tasks,
    ],
  }
}

describe('mainThreadBeforePaint', () => {
  it('sums the self time of tasks that start before first contentful paint, by kind', () => {
    const result = mainThreadBeforePaint(
      trace({
        fcp: 500,
        lcp: 500,
        tasks: [
          task(-50, 30), // the blank page's, before navigation: not counted
          task(100, 40),
          task(105, 30, 'ParseHTML', 'devtools.timeline'),
          task(200, 50),
          task(200, 20, 'EvaluateScript', 'devtools.timeline'),
          task(220, 25, 'Layout', 'devtools.timeline'),
          task(400, 10),
          task(400, 10, 'Paint', 'devtools.timeline'),
          task(600, 100), // after first paint: not counted
          task(600, 100, 'EvaluateScript', 'devtools.timeline'),
        ],
      }),
    )
    expect(result.parseHTML).toBeCloseTo(30)
    expect(result.script).toBeCloseTo(20)
    expect(result.styleLayout).toBeCloseTo(25)
    expect(result.rendering).toBeCloseTo(10)
    // What the tasks did beyond the named events: 10 ms of the first, 5 of the second.
    expect(result.other).toBeCloseTo(15)
    expect(result.total).toBeCloseTo(100)
    expect(result.untilLcp).toBe(0)
  })

  it('counts the tasks between first contentful paint and a later LCP', () => {
    const result = mainThreadBeforePaint(
      trace({ fcp: 300, lcp: 500, tasks: [task(100, 20), task(320, 40), task(450, 30), task(520, 90)] }),
    )
    expect(result.total).toBeCloseTo(20)
    expect(result.untilLcp).toBeCloseTo(70)
  })
})

describe('committedInNewProcess', () => {
  it('tells whether the page left the blank tab’s renderer process', () => {
    expect(committedInNewProcess(trace({ fcp: 1, lcp: 1, tasks: [] }))).toBe(false)
    expect(committedInNewProcess(trace({ fcp: 1, lcp: 1, tasks: [], committedIn: 3 }))).toBe(true)
  })
})

describe('lcpElement', () => {
  it('takes the element and the four phases from the audit when Lighthouse could compute it', async () => {
    const report = {
      audits: {
        'largest-contentful-paint-element': {
          details: {
            items: [
              { items: [{ node: { selector: 'main > article > h1', snippet: '<h1 id="article-title">' } }] },
              {
                items: [
                  { phase: 'TTFB', timing: 40 },
                  { phase: 'Load Delay', timing: 0 },
                  { phase: 'Load Time', timing: 0 },
                  { phase: 'Render Delay', timing: 900 },
                ],
              },
            ],
          },
        },
      },
    }
    expect(await lcpElement(report, { traceEvents: [] }, [])).toEqual({
      element: 'main > article > h1  <h1 id="article-title">',
      phases: { ttfb: 40, loadDelay: 0, loadTime: 0, renderDelay: 900 },
    })
  })
})

describe('documentResponse', () => {
  const url = 'http://127.0.0.1:4500/'
  const log = [
    {
      method: 'Network.responseReceived',
      params: { requestId: 'other', type: 'Script', response: { url: `${url}app.js`, headers: {} } },
    },
    {
      method: 'Network.responseReceived',
      params: {
        requestId: 'doc',
        type: 'Document',
        response: {
          url,
          headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
          timing: { requestTime: 10, receiveHeadersEnd: 580 },
        },
      },
    },
    { method: 'Network.dataReceived', params: { requestId: 'doc', dataLength: 60_000 } },
    { method: 'Network.dataReceived', params: { requestId: 'other', dataLength: 5 } },
    { method: 'Network.dataReceived', params: { requestId: 'doc', dataLength: 40_000 } },
    { method: 'Network.loadingFinished', params: { requestId: 'doc', timestamp: 10.7, encodedDataLength: 20_000 } },
  ]

  it('gives the HTML’s bytes on the wire and decoded, when it arrived, and its headers by lower-case name', () => {
    const response = documentResponse(log, url)
    expect(response).toMatchObject({
      transferBytes: 20_000,
      bodyBytes: 100_000,
      headersAt: 580,
      headers: { 'content-encoding': 'gzip', 'transfer-encoding': 'chunked' },
    })
    expect(response?.lastByteAt).toBeCloseTo(700)
  })

  it('is null when the log has no such document', () => {
    expect(documentResponse(log, 'http://127.0.0.1:4501/')).toBeNull()
  })
})

describe('categoryScore and shortfalls', () => {
  const report = (performance: number | null, tbt: number) => ({
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: 'total-blocking-time', weight: 30 },
          { id: 'diagnostic', weight: 0 },
        ],
      },
    },
    audits: {
      'total-blocking-time': {
        id: 'total-blocking-time',
        title: 'Total Blocking Time',
        score: tbt,
        displayValue: '250 ms',
      },
      diagnostic: { id: 'diagnostic', title: 'Unscored', score: 0 },
      broken: { id: 'broken', title: 'Broken', score: null, errorMessage: 'frame_sequence' },
    },
  })

  it('scores out of 100 and NaN when Lighthouse gave no score', () => {
    expect(categoryScore(report(0.954, 1), 'performance')).toBe(95)
    expect(categoryScore(report(null, 1), 'performance')).toBeNaN()
  })

  it('lists the scored audits below full marks in any run, and those that errored', () => {
    expect(shortfalls([report(1, 1), report(0.9, 0.8)], ['performance'])).toEqual({
      below: ['performance: total-blocking-time (Total Blocking Time) 250 ms'],
      errored: ['broken'],
    })
    expect(shortfalls([report(1, 1)], ['performance']).below).toEqual([])
  })
})
