import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react'

const AnnounceContext = createContext<(message: string) => void>(() => {})

/** A polite live region for short confirmations ("Link copied", "Passage 2 of 4"). */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const announce = useCallback((next: string) => {
    // Clearing first makes a repeated message ("Link copied" twice) announce again.
    setMessage('')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setMessage(next), 50)
  }, [])
  const value = useMemo(() => announce, [announce])
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" className="sr-only" data-announcer="">
        {message}
      </div>
    </AnnounceContext.Provider>
  )
}

/** Announces a message to screen readers through the nearest AnnouncerProvider. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext)
}
