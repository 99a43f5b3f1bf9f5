import type { Section } from '../../content/types'

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
          <span aria-hidden="true">← </span>Previous: {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`#${next.id}`} className="link text-right">
          Next: {next.title}
          <span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </p>
  )
}
