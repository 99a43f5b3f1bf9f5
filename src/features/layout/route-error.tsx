import { type ErrorComponentProps, Link } from '@tanstack/react-router'
import { t } from '../../lib/i18n'

export function RouteError({ reset }: ErrorComponentProps) {
  return (
    <div role="alert" className="mx-auto max-w-measure px-4 py-16">
      <h1 className="text-3xl font-bold">{t('routeError.title')}</h1>
      <p className="mt-4">{t('routeError.body')}</p>
      <p className="mt-4 flex gap-4">
        <button type="button" className="button" onClick={reset}>
          {t('routeError.retry')}
        </button>
        <Link to="/" className="link" reloadDocument>
          {t('routeError.reload')}
        </Link>
      </p>
    </div>
  )
}
