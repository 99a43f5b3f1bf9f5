import { chunkResource } from '../../components/chunk-resource'
import { loadContextChunk } from '../claims/notes-resource'
import { themeWalkChunk } from '../themes/themes-panel'
import { verdictWalkChunk } from '../verdicts/verdicts-panel'
import { loadSectionLens } from './use-article-links'

// Parts of the reader that are not in the prerendered page, so they load on demand (the dialog
// and the shortcut actions also on idle, so a claim opens at once). A failed load shows a message
// and is tried again on "Try again".
export const dialogChunk = chunkResource(() => import('../claims/claim-dialog'))
const helpChunk = chunkResource(() => import('../shortcuts/shortcuts-help'))
export const actionsChunk = chunkResource(() => import('../shortcuts/shortcut-actions'))
// Shown only to a returning reader, after hydration.
const resumeChunk = chunkResource(() => import('../resume/resume-offer'))

export function ResumeOffer(props: React.ComponentProps<typeof import('../resume/resume-offer').ResumeOffer>) {
  const { ResumeOffer: Offer } = resumeChunk.read()
  return <Offer {...props} />
}

export function ClaimDialog(props: React.ComponentProps<typeof import('../claims/claim-dialog').ClaimDialog>) {
  const { ClaimDialog: Dialog } = dialogChunk.read()
  return <Dialog {...props} />
}

export function ShortcutsHelp(props: React.ComponentProps<typeof import('../shortcuts/shortcuts-help').ShortcutsHelp>) {
  const { ShortcutsHelp: Help } = helpChunk.read()
  return <Help {...props} />
}

/**
 * Fetches the chunks a reader is likely to need next, once the page is idle, so a click never
 * starts a load: starting one (the preload links of its dependencies) took about 11 ms of a theme
 * click. One chunk per idle period, since all of them at once made a long task on a slow phone.
 */
export function preloadOnIdle(): () => void {
  const loads = [
    loadSectionLens,
    dialogChunk.load,
    themeWalkChunk.load,
    loadContextChunk,
    verdictWalkChunk.load,
    actionsChunk.load,
  ]
  let cancel = () => {}
  const next = () => {
    const load = loads.shift()
    if (!load) return
    load().catch(() => {})
    cancel = whenIdle(next)
  }
  cancel = whenIdle(next)
  return () => cancel()
}

/** Runs `run` once the page is idle (at most 3 s from now); returns the function that cancels it. */
export function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(run, 1500)
  return () => window.clearTimeout(handle)
}
