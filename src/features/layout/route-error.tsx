import { type ErrorComponentProps, Link } from '@tanstack/react-router'

export function RouteError({ reset }: ErrorComponentProps) {
  return (
    <div role="alert" className="mx-auto max-w-measure px-4 py-16">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">This part of the page failed to display. The article itself is safe.</p>
      <p className="mt-4 flex gap-4">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link to="/" className="link" reloadDocument>
          Reload the article
        </Link>
      </p>
    </div>
  )
}
