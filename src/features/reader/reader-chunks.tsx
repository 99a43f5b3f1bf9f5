import { chunkResource } from '../../components/chunk-resource'
import { loadContextChunk } from '../claims/notes-resource'

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

/** Fetches the chunks a reader is likely to need next, once the page is idle. */
export function preloadOnIdle(): () => void {
  const preload = () => {
    for (const load of [dialogChunk.load, actionsChunk.load, loadContextChunk]) load().catch(() => {})
  }
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(preload, { timeout: 3000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(preload, 1500)
  return () => window.clearTimeout(handle)
}
