// Types for static-server.mjs, which stays plain JavaScript so the measuring scripts run under Node 20.
export function acceptsGzip(header?: string): boolean
export function startStaticServer(options: {
  dir: string
  port?: number
  host?: string
}): Promise<{ url: string; stop: () => Promise<void> }>
