import { use } from 'react'

type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T }

/**
 * A code chunk that components can read while rendering (suspending until it arrives), that a
 * prerenderer can load before rendering, and whose failed load is tried again on the next read.
 */
export function chunkResource<T>(load: () => Promise<T>) {
  let pending: TrackedPromise<T> | undefined
  const start = (): Promise<T> => {
    if (pending) return pending
    const promise: TrackedPromise<T> = load().then(
      (module) => {
        // React's convention for a settled thenable: use() then returns the value without
        // suspending, so a chunk loaded before rendering (as the prerenderer does) renders at once.
        promise.status = 'fulfilled'
        promise.value = module
        return module
      },
      (error: unknown) => {
        pending = undefined
        throw error
      },
    )
    pending = promise
    return promise
  }
  return {
    load: start,
    /** For render: the chunk, or suspend until it has loaded. */
    read: (): T => use(start()),
  }
}
