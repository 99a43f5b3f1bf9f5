import { Link } from '@tanstack/react-router'
import { Island } from '../../components/island'
import { t } from '../../lib/i18n'
import { ColorSchemeToggle } from './color-scheme-toggle'
import { LanguageSwitch } from './language-switch'

export function SiteHeader() {
  return (
    <header className="site-header border-b border-rule bg-surface print:hidden">
      <div className="mx-auto flex max-w-[92rem] flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link to="/" className="font-semibold text-ink no-underline hover:underline">
          {t('layout.header.home')}
        </Link>
        <nav aria-label={t('layout.header.navLabel')} className="flex items-center gap-4 text-sm">
          <Link to="/" className="link" activeOptions={{ exact: true, includeSearch: false }}>
            {t('layout.header.article')}
          </Link>
          <Link to="/sources" className="link">
            {t('layout.header.sources')}
          </Link>
          {__BILINGUAL__ ? (
            <Island name="language">
              <LanguageSwitch />
            </Island>
          ) : null}
          <Island name="color-scheme">
            <ColorSchemeToggle />
          </Island>
        </nav>
      </div>
      {/* Filled in the browser (features/updates): a newer version was published, or the reader is offline. */}
      <div id="site-notices" className="mx-auto max-w-[88rem] px-4 pb-3 empty:hidden" />
    </header>
  )
}
