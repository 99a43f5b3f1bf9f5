import { content } from '../../content'
import type { ThemeId } from '../../content/types'
import { readingMinutes, themesOfSection } from '../../lib/article'
import { EXPLAINER_PARTS } from '../editorial/explainer-parts'
import { ThemeSwatch } from '../themes/theme-swatch'
import { ReadingProgress } from './reading-progress'

const themeOrder = content.themes.map((theme) => theme.id)
const themeLabel = (id: ThemeId) => content.themes.find((theme) => theme.id === id)?.label ?? id
const minutes = readingMinutes(content.article)

type SectionsNavProps = {
  current: string | undefined
  onJump: (sectionId: string) => void
}

/**
 * The table of contents: every section of the article with the themes it holds, then the
 * explainer's parts after it; the one being read is marked.
 */
export function SectionsNav({ current, onJump }: SectionsNavProps) {
  return (
    <nav aria-label="Sections" className="sections-nav text-sm">
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">Contents</h2>
      <ol className="space-y-1">
        {content.article.sections.map((section) => {
          const themes = themesOfSection(section, themeOrder)
          const isCurrent = current === section.id
          return (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                aria-current={isCurrent ? 'true' : undefined}
                className="toc-link"
                onClick={() => onJump(section.id)}
              >
                <span className="block">{section.title}</span>
                <span className="mt-1 flex items-center gap-1">
                  {themes.map((id) => (
                    <ThemeSwatch key={id} themeId={id} size="sm" />
                  ))}
                  <span className="sr-only">Themes: {themes.map(themeLabel).join(', ')}</span>
                </span>
              </a>
            </li>
          )
        })}
      </ol>
      <p className="mt-4 mb-1 text-xs text-muted">After the article</p>
      <ol className="space-y-1">
        {EXPLAINER_PARTS.map((part) => (
          <li key={part.id}>
            <a
              href={`#${part.id}`}
              aria-current={current === part.id ? 'true' : undefined}
              className="toc-link"
              onClick={() => onJump(part.id)}
            >
              {part.title}
            </a>
          </li>
        ))}
      </ol>
      <ReadingProgress minutes={minutes} />
    </nav>
  )
}
