/** The address of the article opened on one claim, relative to the site (`/?claim=<id>`). */
export function claimPath(claimId: string): string {
  return `/?claim=${encodeURIComponent(claimId)}`
}
