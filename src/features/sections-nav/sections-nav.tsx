import { textParts } from '../../components/text-parts'
import { content } from '../../content'
import type { Section, ThemeId } from '../../content/types'
import { claimsInOrder, readingMinutes, themesOfSection } from '../../lib/article'
import { t } from '../../lib/i18n'
import { claimsOfSection, verdictCounts } from '../../lib/verdicts'
import { EXPLAINER_PARTS } from '../editorial/explainer-parts'
import { ThemeSwatch } from '../themes/theme-swatch'
import { verdictLabel } from '../verdicts/verdict-label'
import { VerdictMark } from '../verdicts/verdict-mark'
import { ReadingProgress } from './reading-progress'

const themeOrder = content.themes.map((theme) => theme.id)
const themeLabel = (id: ThemeId) => content.themes.find((theme) => theme.id === id)?.label ?? id
const minutes = readingMinutes(content.article)
const ordered = claimsInOrder(content)

type SectionsNavProps = {
  onJump: (sectionId: string) => void
}

/**
 * The table of contents: every section of the article with the themes it holds, then the
 * explainer's parts after it. The link to the one being read gets `aria-current` from whoever
 * tracks it (reader-toc.tsx), on the DOM, so a scroll never renders the list again.
 */
export function SectionsNav({ onJump }: SectionsNavProps) {
  return (
    <nav aria-label={t('reader.sections.navLabel')} className="sections-nav text-sm">
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">{t('reader.sections.heading')}</h2>
      <ol className="space-y-1">
        {content.article.sections.map((section) => {
          const themes = themesOfSection(section, themeOrder)
          return (
            <li key={section.id}>
              <a href={`#${section.id}`} className="toc-link" onClick={() => onJump(section.id)}>
                <span className="block">{section.title}</span>
                <span className="mt-1 flex items-center gap-1">
                  {themes.map((id) => (
                    <ThemeSwatch key={id} themeId={id} size="sm" />
                  ))}
                  <span className="sr-only">
                    {textParts(t('reader.sections.themes'), { themes: themes.map(themeLabel).join(', ') })}
                  </span>
                  <SectionVerdicts section={section} />
                </span>
              </a>
            </li>
          )
        })}
      </ol>
      <p className="mt-4 mb-1 text-xs text-muted">{t('reader.sections.afterArticle')}</p>
      <ol className="space-y-1">
        {EXPLAINER_PARTS.map((part) => (
          <li key={part.id}>
            <a href={`#${part.id}`} className="toc-link" onClick={() => onJump(part.id)}>
              {part.title}
            </a>
          </li>
        ))}
      </ol>
      <ReadingProgress minutes={minutes} />
    </nav>
  )
}

/** How the section's claims came out: a glyph per claim in the order of the text, said in words. */
function SectionVerdicts({ section }: { section: Section }) {
  const claims = claimsOfSection(ordered, section)
  if (claims.length === 0) return null
  const said = verdictCounts(claims)
    .map(({ verdict, count }) => t('reader.sections.count', { count, label: verdictLabel(verdict) }))
    .join(', ')
  return (
    <span className="toc-verdicts ml-auto text-xs">
      {claims.map((claim) => (
        <VerdictMark key={claim.id} verdict={claim.verdict} />
      ))}
      <span className="sr-only">{textParts(t('reader.sections.claims'), { counts: said })}</span>
    </span>
  )
}
