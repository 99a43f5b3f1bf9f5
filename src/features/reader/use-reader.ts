import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import { useHydrated } from '../../components/use-hydrated'
import { content } from '../../content'
import type { Claim, ThemeId, Verdict } from '../../content/types'
import { isThemeId } from '../../lib/themes'
import { isVerdict } from '../../lib/verdicts'

export interface ReaderState {
  theme: ThemeId | undefined
  claim: Claim | undefined
  verdict: Verdict | undefined
  /** The name whose mentions stand out (?who=), one the text marks. */
  who: string | undefined
  /** A `theme` the URL named that does not exist (shown in a notice, never applied). */
  unknownTheme: string | undefined
  unknownClaim: string | undefined
  unknownVerdict: string | undefined
  unknownWho: string | undefined
}

const EMPTY: ReaderState = {
  theme: undefined,
  claim: undefined,
  verdict: undefined,
  who: undefined,
  unknownTheme: undefined,
  unknownClaim: undefined,
  unknownVerdict: undefined,
  unknownWho: undefined,
}

/** Whether the text marks someone of who's who under this id (a URL's ?who=). */
const isMentionedId = (id: unknown): id is string =>
  typeof id === 'string' && content.mentions.some((mention) => mention.personId === id)

/**
 * The reader's URL state (theme lens, verdict filter, open claim) and the actions that change it. Until hydration
 * ends the state is empty, so the first client render matches the prerendered HTML for any URL.
 */
export function useReader() {
  const hydrated = useHydrated()
  const search = useSearch({ from: '/' })
  const navigate = useNavigate({ from: '/' })

  const state = useMemo<ReaderState>(() => {
    if (!hydrated) return EMPTY
    const theme = isThemeId(search.theme) ? search.theme : undefined
    const claim = search.claim === undefined ? undefined : content.claims.find((c) => c.id === search.claim)
    const verdict = isVerdict(search.verdict) ? search.verdict : undefined
    const who = isMentionedId(search.who) ? search.who : undefined
    return {
      theme,
      claim,
      verdict,
      who,
      unknownTheme: search.theme !== undefined && !theme ? search.theme : undefined,
      unknownClaim: search.claim !== undefined && !claim ? search.claim : undefined,
      unknownVerdict: search.verdict !== undefined && !verdict ? search.verdict : undefined,
      unknownWho: search.who !== undefined && !who ? search.who : undefined,
    }
  }, [hydrated, search.theme, search.claim, search.verdict, search.who])

  const setTheme = useCallback(
    (theme: ThemeId | undefined) => navigate({ search: (old) => ({ ...old, theme }), resetScroll: false }),
    [navigate],
  )
  const setVerdict = useCallback(
    (verdict: Verdict | undefined) => navigate({ search: (old) => ({ ...old, verdict }), resetScroll: false }),
    [navigate],
  )
  const setWho = useCallback(
    (who: string | undefined) => navigate({ search: (old) => ({ ...old, who }), resetScroll: false }),
    [navigate],
  )
  const openClaim = useCallback(
    (claimId: string) => navigate({ search: (old) => ({ ...old, claim: claimId }), resetScroll: false }),
    [navigate],
  )
  const closeClaim = useCallback(
    () => navigate({ search: (old) => ({ ...old, claim: undefined }), resetScroll: false }),
    [navigate],
  )
  const dismissUnknown = useCallback(
    () =>
      navigate({
        search: (old) => ({
          theme: isThemeId(old.theme) ? old.theme : undefined,
          claim: content.claims.some((c) => c.id === old.claim) ? old.claim : undefined,
          verdict: isVerdict(old.verdict) ? old.verdict : undefined,
          who: isMentionedId(old.who) ? old.who : undefined,
        }),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  )
  return { ...state, setTheme, setVerdict, setWho, openClaim, closeClaim, dismissUnknown }
}
