export type MarkupElement = { tag: string; id: string; classes: Set<string>; attributes: Set<string> }
export function elementsOf(html: string): MarkupElement[]
export function withoutBelowFold(html: string): string
export function criticalCss(css: string, html: string): string
export function withoutAfterPaintParts(html: string): string
