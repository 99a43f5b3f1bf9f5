import { useLocation } from '@tanstack/react-router'
import { type SyntheticEvent, useEffect, useState } from 'react'
import { safeStorage } from '../../components/safe-storage'
import { OTHER_LANG, otherEditionPath } from '../../lib/claim-url'
import { t } from '../../lib/i18n'
import { readerUi } from '../reader/reader-store'

const OTHER = OTHER_LANG
const OFFER_KEY = 'language-offer'

/** The address to follow now: the page's own, with the section being read where no hash names one. */
function hereInOtherEdition(): string {
  const { pathname, search, hash } = window.location
  const current = readerUi().current
  return otherEditionPath(pathname, search, hash || (current ? `#${current}` : ''))
}

/** Keeps the link's address current as the reader moves, for a click, a middle click or a copy. */
const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
  event.currentTarget.href = hereInOtherEdition()
}

/** Whether the browser lists Spanish ahead of English among the reader's languages. */
function prefersSpanish(): boolean {
  const languages = navigator.languages ?? [navigator.language]
  const spanish = languages.findIndex((language) => /^es\b/i.test(language))
  const english = languages.findIndex((language) => /^en\b/i.test(language))
  return spanish !== -1 && (english === -1 || spanish < english)
}

/**
 * A plain link to this page in the other language (prerendered, so it works without JavaScript),
 * and, on the English page, a one-time offer of the Spanish edition to a reader whose browser
 * prefers Spanish: never a redirect.
 */
export function LanguageSwitch() {
  const location = useLocation()
  const [offer, setOffer] = useState(false)

  useEffect(() => {
    if (OTHER !== 'es' || safeStorage.get(OFFER_KEY) !== null || !prefersSpanish()) return
    safeStorage.set(OFFER_KEY, 'shown')
    setOffer(true)
  }, [])

  useEffect(() => {
    if (!offer) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOffer(false)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [offer])

  const href = otherEditionPath(location.pathname === '/404' ? '/' : location.pathname)
  return (
    <span className="language-switch">
      <a
        href={href}
        hrefLang={OTHER}
        lang={OTHER}
        className="link"
        onClick={refresh}
        onAuxClick={refresh}
        onFocus={refresh}
        onPointerEnter={refresh}
        onContextMenu={refresh}
      >
        {t('layout.languageSwitch')}
      </a>
      {offer ? (
        <span className="language-offer" lang="es" role="status">
          {t('notice.preferSpanish')}{' '}
          <a href={href} hrefLang="es" className="link" onClick={refresh} onFocus={refresh}>
            {t('notice.preferSpanishLink')}
          </a>{' '}
          <button type="button" className="language-offer-close" onClick={() => setOffer(false)}>
            {t('notice.preferSpanishDismiss')}
          </button>
        </span>
      ) : null}
    </span>
  )
}
