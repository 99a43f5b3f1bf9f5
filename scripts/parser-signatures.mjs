// Strings that survive minification in the build-time parsers and the content schema: if one of
// them is in a chunk the browser loads, a parser or the schema has leaked into the reader's bundle.
// Content reaches the app as plain data (scripts/content/vite-plugin.ts); budgets.mjs checks it.

export const PARSER_SIGNATURES = {
  'yaml (YAML parser)': 'YAMLParseError',
  'mdast-util-from-markdown (Markdown parser)': 'Cannot close document, a token',
  'zod (content schema)': 'ZodError',
  'content loader': 'article-structure',
}

/** The names of the build-time libraries whose signature appears in `code`. */
export function parsersIn(code) {
  return Object.entries(PARSER_SIGNATURES)
    .filter(([, signature]) => code.includes(signature))
    .map(([name]) => name)
}
