import { t } from '../../lib/i18n'

/**
 * The explainer's own parts after the article text, in page order: the contents list them after
 * the article's sections, and each is a landmark-free section with this id and an h2 of this title.
 */
export const EXPLAINER_PARTS = [
  { id: 'at-a-glance', title: t('parts.at-a-glance') },
  { id: 'timeline', title: t('parts.timeline') },
  { id: 'numbers', title: t('parts.numbers') },
  { id: 'whos-who', title: t('parts.whos-who') },
  { id: 'notes', title: t('parts.notes') },
] as const

export type ExplainerPartId = (typeof EXPLAINER_PARTS)[number]['id']

/** The title of an explainer part, as its heading and the contents show it. */
export function partTitle(id: ExplainerPartId): string {
  return EXPLAINER_PARTS.find((part) => part.id === id)?.title ?? id
}
