import { useAnnounce } from '../../components/announcer'
import { content } from '../../content'
import type { Section, Theme, ThemeId } from '../../content/types'
import { t } from '../../lib/i18n'

export interface ResumePosition {
  section: Section
  theme: Theme | undefined
}

/**
 * The saved position, checked against the article: undefined for anything that is not a known
 * section (with, optionally, a known theme), so a stale or tampered value offers nothing.
 */
export function parsePosition(raw: string): ResumePosition | undefined {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { sectionId, theme: themeId } = value as Record<string, unknown>
  const section = content.article.sections.find((s) => s.id === sectionId)
  const theme = content.themes.find((candidate) => candidate.id === themeId)
  if (!section || (themeId !== undefined && !theme)) return undefined
  // The top of the article with no theme is where a bare visit starts anyway.
  if (section === content.article.sections[0] && !theme) return undefined
  return { section, theme }
}

type ResumeOfferProps = {
  /** The stored position, as saved (unchecked). */
  saved: string
  onTheme: (themeId: ThemeId) => Promise<void> | void
  onJump: (sectionId: string) => void
  /** The offer was taken or dismissed: stop showing it. */
  onDone: () => void
}

/**
 * "Resume at … ?" for a returning reader: a polite notice above the article with two buttons,
 * never a modal, so reading from the top needs no answer.
 */
export function ResumeOffer({ saved, onTheme, onJump, onDone }: ResumeOfferProps) {
  const announce = useAnnounce()
  const position = parsePosition(saved)
  if (!position) return null
  const { section, theme } = position

  const resume = async () => {
    onDone()
    // The theme first: changing the search drops the hash, so the jump must come after it.
    if (theme) await onTheme(theme.id)
    onJump(section.id)
    // Keep the keyboard where the eyes go: the section's first passage (a focus target already).
    document.getElementById(section.id)?.querySelector<HTMLElement>('[data-passage]')?.focus({ preventScroll: true })
    announce(
      theme
        ? t('notice.resume.announceWithTheme', { title: section.title, theme: theme.label })
        : t('notice.resume.announce', { title: section.title }),
    )
  }

  const dismiss = () => {
    onDone()
    document.getElementById('main')?.focus({ preventScroll: true })
  }

  return (
    <div role="status" className="url-notice resume-offer" data-resume-offer="">
      <p>
        {theme
          ? t('notice.resume.questionWithTheme', { title: section.title, theme: theme.label })
          : t('notice.resume.question', { title: section.title })}
      </p>
      <div className="flex gap-2">
        <button type="button" className="button" onClick={resume}>
          {t('notice.resume.button')}
        </button>
        <button type="button" className="button" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  )
}
