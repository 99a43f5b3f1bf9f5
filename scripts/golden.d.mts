// Types for golden.mjs (plain JavaScript, run by npm under Node).
export function normalise(html: string): string
