import type { Section } from '../../content/types'
import { t } from '../../lib/i18n'

type SectionPagerProps = {
  previous: Section | undefined
  next: Section | undefined
}

/** Previous / next section links at the end of a section (plain hash links: the contents follow the hash). */
export function SectionPager({ previous, next }: SectionPagerProps) {
  if (!previous && !next) return null
  return (
    <p className="section-pager print:hidden">
      {previous ? (
        <a href={`#${previous.id}`} className="link">
          <span aria-hidden="true">← </span>
          {t('article.pager.previous', { title: previous.title })}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`#${next.id}`} className="link text-right">
          {t('article.pager.next', { title: next.title })}
          <span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </p>
  )
}
