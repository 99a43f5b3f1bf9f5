// Types for editions.mjs.
export function editionsOf(contentDir: string): ('en' | 'es')[]
