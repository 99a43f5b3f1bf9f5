import { Link } from '@tanstack/react-router'

export function NotFound() {
  return (
    <div className="mx-auto max-w-measure px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is no page at this address. The article and its notes are one page.</p>
      <p className="mt-4">
        <Link to="/" className="link">
          Go to the article
        </Link>
      </p>
    </div>
  )
}
