import { Link } from '@tanstack/react-router'
import { t } from '../../lib/i18n'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-surface text-sm text-muted print:hidden">
      <div className="mx-auto flex max-w-[92rem] flex-wrap justify-between gap-4 px-4 py-6">
        <p>{t('layout.footer.notice')}</p>
        <nav aria-label={t('layout.footer.navLabel')} className="flex flex-wrap gap-4">
          <Link to="/sources" className="link">
            {t('layout.footer.sources')}
          </Link>
          <Link to="/sources" hash="corrections" activeOptions={{ includeHash: true }} className="link">
            {t('layout.footer.corrections')}
          </Link>
        </nav>
      </div>
    </footer>
  )
}
