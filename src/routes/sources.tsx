import { createFileRoute } from '@tanstack/react-router'

// The page itself is in sources.lazy.tsx: its code loads only when the page is visited, so the
// article's initial JavaScript does not carry it.
export const Route = createFileRoute('/sources')({})
