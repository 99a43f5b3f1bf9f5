import { useRouter } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { safeStorage } from '../../components/safe-storage'

/** Where the reader's last position is kept: `{"sectionId":…,"theme":…}` as JSON. */
export const RESUME_KEY = 'reader-position'

/**
 * Remembers the section and theme the reader is at, and returns the position saved by an earlier
 * visit (raw, for the lazily loaded offer to check) when this visit opened on the bare article.
 * A URL that names a section, theme or claim is where the reader meant to go: nothing is offered.
 * Blocked storage reads as nothing saved. Ships with every page, so it stays this small.
 */
export function useResume(sectionId: string | undefined, theme: string | undefined): [string | null, () => void] {
  const router = useRouter()
  const [saved, setSaved] = useState<string | null>(null)
  // The position this visit opened at, until the reader moves (then ''): opening the page is not
  // a move, so it never overwrites the position a returning reader may want back.
  const opened = useRef<string | undefined>(undefined)

  useEffect(() => {
    const { hash, search } = router.state.location
    if (!hash && !search.theme && !search.claim) setSaved(safeStorage.get(RESUME_KEY))
  }, [router])

  useEffect(() => {
    if (!sectionId) return
    const position = JSON.stringify({ sectionId, theme })
    opened.current ??= position
    if (opened.current === position) return
    opened.current = ''
    safeStorage.set(RESUME_KEY, position)
  }, [sectionId, theme])

  return [saved, () => setSaved(null)]
}
