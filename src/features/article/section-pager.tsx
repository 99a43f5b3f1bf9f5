import type { Section } from '../../content/types'

type SectionPagerProps = {
  previous: Section | undefined
  next: Section | undefined
  onJump: (sectionId: string) => void
}

/** Previous / next section links at the end of a section. */
export function SectionPager({ previous, next, onJump }: SectionPagerProps) {
  if (!previous && !next) return null
  return (
    <p className="section-pager print:hidden">
      {previous ? (
        <a href={`#${previous.id}`} className="link" onClick={() => onJump(previous.id)}>
          <span aria-hidden="true">← </span>Previous: {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`#${next.id}`} className="link text-right" onClick={() => onJump(next.id)}>
          Next: {next.title}
          <span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </p>
  )
}
