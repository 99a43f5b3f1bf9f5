// Types for cache-first-worker.mjs, which stays plain JavaScript so the measuring scripts run under Node 20.
export function writeCacheFirstWorker(dir: string): Promise<void>
