// The editions an article has: English always, and Spanish where its content folder has es/ (the
// Spanish edition's files, file for file beside the English). The one place that decides it, for
// the build, the content check and the tests. Plain JavaScript, so Node scripts run it as it is.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The editions of the article in `contentDir`, English first. */
export function editionsOf(contentDir) {
  return existsSync(join(contentDir, 'es')) ? ['en', 'es'] : ['en']
}
