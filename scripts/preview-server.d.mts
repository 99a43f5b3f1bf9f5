// Types for preview-server.mjs, which stays plain JavaScript so the measuring scripts run under Node 20.
export function startPreview(options: {
  dir: string
  port: number
  label: string
  env?: NodeJS.ProcessEnv
}): Promise<{ url: string; stop: () => void }>
export function stopPreviews(): void
