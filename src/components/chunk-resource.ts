import { use } from 'react'

type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T }

/**
 * A code chunk that components can read while rendering (suspending until it arrives) and that a
 * prerenderer can load before rendering. A failed load stays failed, so an error boundary shows
 * it instead of the reader waiting forever, until `retry()` clears it for another attempt.
 */
export function chunkResource<T>(load: () => Promise<T>) {
  let pending: TrackedPromise<T> | undefined
  const start = (): Promise<T> => {
    if (pending) return pending
    const promise: TrackedPromise<T> = load().then((module) => {
      // React's convention for a settled thenable: use() then returns the value without
      // suspending, so a chunk loaded before rendering (as the prerenderer does) renders at once.
      promise.status = 'fulfilled'
      promise.value = module
      return module
    })
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
