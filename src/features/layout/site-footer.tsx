import { Link } from '@tanstack/react-router'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-surface text-sm text-muted print:hidden">
      <div className="mx-auto flex max-w-[92rem] flex-wrap justify-between gap-4 px-4 py-6">
        <p>The article is reproduced unchanged. Highlights, notes and checks are the editors’.</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-4">
          <Link to="/sources" className="link">
            Sources &amp; method
          </Link>
          <Link to="/sources" hash="corrections" activeOptions={{ includeHash: true }} className="link">
            Corrections
          </Link>
        </nav>
      </div>
    </footer>
  )
}
