// Types for new-article.mjs (plain JavaScript, run by npm under Node).
export function starterContent(slug: string): Record<string, unknown>
