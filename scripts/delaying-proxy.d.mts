// Types for delaying-proxy.mjs, which stays plain JavaScript so the measuring scripts run under Node 20.
export function startDelayingProxy(options: {
  target: number
  port: number
  delayFor: (path: string) => number
}): Promise<{ url: string; stop: () => Promise<void> }>
