import { GuidedWalk } from '../../components/guided-walk'
import { content } from '../../content'
import { themeReasons } from '../../content/theme-reasons'
import type { Passage, Theme, ThemeId } from '../../content/types'
import { t } from '../../lib/i18n'
import { passagesOfTheme } from '../../lib/themes'
import { ThemeShareActions } from '../share/share-actions'

const EXCERPT_WORDS = 9

function excerpt(passage: Passage): string {
  const words = passage.text.split(/\s+/)
  return words.length <= EXCERPT_WORDS ? passage.text : `${words.slice(0, EXCERPT_WORDS).join(' ')}…`
}

type ThemeWalkProps = {
  theme: Theme
  onSelect: (themeId: ThemeId | undefined) => void
}

/**
 * What the Themes panel shows once a theme is on: "Show all", sharing, and a guided walk through
 * the theme's passages. Loaded with the first theme turned on, so the page's initial JavaScript
 * does not carry it. The host keys it by theme, so a new lens starts a new walk.
 */
export function ThemeWalk({ theme, onSelect }: ThemeWalkProps) {
  const passages = passagesOfTheme(content.article, theme.id)
  return (
    <div className="mt-4">
      <button type="button" className="button w-full justify-center" onClick={() => onSelect(undefined)}>
        {t('reader.themes.showAll')}
      </button>
      <ThemeShareActions theme={theme} />
      <GuidedWalk
        heading={t('reader.themes.walkHeading', { label: theme.label, count: passages.length })}
        noun="passage"
        stops={passages.map((passage) => ({
          targetId: passage.id,
          title: excerpt(passage),
          detail: themeReasons[passage.id],
        }))}
      />
    </div>
  )
}
