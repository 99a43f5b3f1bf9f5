import { t } from '../../lib/i18n'
/**
 * The link beside a section heading: follows the section's deep link (works without JavaScript).
 * Once the page runs, a click also copies the link and says so (use-article-links.ts).
 */
export function HeadingAnchor({ sectionId, title }: { sectionId: string; title: string }) {
  return (
    <a href={`#${sectionId}`} className="heading-anchor" data-copy-link={title}>
      <span aria-hidden="true">#</span>
      <span className="sr-only">{t('article.copySectionLink', { title })}</span>
    </a>
  )
}
