import { useHydrated } from '../../components/use-hydrated'
import { t } from '../../lib/i18n'
import { PANEL_IDS, togglePanel, useReaderUi } from './reader-store'

type ReaderBarProps = {
  /** The title of the section being read, shown beside "Contents". */
  currentTitle: string | undefined
  /** The active theme's label, said to screen readers on the Themes button. */
  themeLabel: string | undefined
}

/**
 * The sticky bar of narrow screens: "Contents" (the section being read, and the list of sections
 * behind it) beside "Themes". Without JavaScript "Contents" is a link to the list, which CSS then
 * shows in place (`:target`); with it, both buttons open drawers.
 */
export function ReaderBar({ currentTitle, themeLabel }: ReaderBarProps) {
  const hydrated = useHydrated()
  const open = useReaderUi((ui) => ui.panel)
  const contentsLabel = (
    <>
      <span className="font-semibold">{t('reader.bar.contents')}</span>
      {currentTitle ? (
        <span className="reader-bar-current">
          <span className="sr-only">{t('reader.bar.reading')}</span>
          {currentTitle}
        </span>
      ) : null}
    </>
  )
  return (
    <div className="reader-bar lg:hidden print:hidden">
      {hydrated ? (
        <button
          id={PANEL_IDS.contents.button}
          type="button"
          className="reader-bar-contents"
          aria-expanded={open === 'contents'}
          aria-controls={PANEL_IDS.contents.panel}
          onClick={() => togglePanel('contents')}
        >
          {contentsLabel}
        </button>
      ) : (
        <a href={`#${PANEL_IDS.contents.panel}`} className="reader-bar-contents">
          {contentsLabel}
        </a>
      )}
      <button
        id={PANEL_IDS.themes.button}
        type="button"
        className="button shrink-0"
        aria-expanded={open === 'themes'}
        aria-controls={PANEL_IDS.themes.panel}
        onClick={() => togglePanel('themes')}
      >
        {t('reader.bar.themes')}
        <span className="max-[22rem]:sr-only">{t('reader.bar.andVerdicts')}</span>
        {themeLabel ? <span className="sr-only">: {themeLabel}</span> : null}
      </button>
    </div>
  )
}
