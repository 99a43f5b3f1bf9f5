import { use } from 'react'

type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T }

/** The address of the module a failed dynamic import names in its message (Chromium and Firefox do). */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : ''
  const match = /dynamically imported module:?\s+(\S+\.m?js)\b/i.exec(message)
  return match?.[1]
}

/**
 * A code chunk that components can read while rendering (suspending until it arrives) and that a
 * prerenderer can load before rendering. A failed load stays failed, so an error boundary shows
 * it instead of the reader waiting forever, until `retry()` clears it for another attempt.
 */
export function chunkResource<T>(load: () => Promise<T>) {
  let pending: TrackedPromise<T> | undefined
  let failedUrl: string | undefined
  let attempt = 0
  // Some browsers (Chromium before about version 150) remember a failed dynamic import and fail
  // every later import of the same address at once, without a request: a retry then asks for
  // the same file under a new query, which they treat as a new module.
  const loadAgain = (): Promise<T> => {
    if (!failedUrl) return load()
    attempt += 1
    const url = new URL(failedUrl)
    url.searchParams.set('retry', String(attempt))
    return import(/* @vite-ignore */ url.href) as Promise<T>
  }
  const start = (): Promise<T> => {
    if (pending) return pending
    const promise: TrackedPromise<T> = loadAgain().then(
      (module) => {
        // React's convention for a settled thenable: use() then returns the value without
        // suspending, so a chunk loaded before rendering (as the prerenderer does) renders at once.
        promise.status = 'fulfilled'
        promise.value = module
        return module
      },
      (error: unknown) => {
        failedUrl = failedModuleUrl(error) ?? failedUrl
        throw error
      },
    )
    pending = promise
    return promise
  }
  return {
    load: start,
    /** For render: the chunk, or suspend until it has loaded (throws if it failed). */
    read: (): T => use(start()),
    /** Forgets a failed load so the next read tries again. */
    retry: () => {
      if (pending?.status !== 'fulfilled') pending = undefined
    },
  }
}
