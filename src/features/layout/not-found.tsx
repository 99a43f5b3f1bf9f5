import { Link } from '@tanstack/react-router'
import { t } from '../../lib/i18n'

export function NotFound() {
  return (
    <div className="mx-auto max-w-measure px-4 py-16">
      <h1 className="text-3xl font-bold">{t('notFound.title')}</h1>
      <p className="mt-4">{t('notFound.body')}</p>
      <p className="mt-4">
        <Link to="/" className="link">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  )
}
