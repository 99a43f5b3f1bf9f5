// Types for parser-signatures.mjs (plain JavaScript, run by budgets.mjs under Node).
export const PARSER_SIGNATURES: Record<string, string>
export function parsersIn(code: string): string[]
