/** Copies an absolute link to the clipboard; resolves false where the clipboard is unavailable. */
export async function copyLink(href: string): Promise<boolean> {
  const url = new URL(href, window.location.href).toString()
  try {
    if (!navigator.clipboard?.writeText) return false
    await navigator.clipboard.writeText(url)
    return true
  } catch {
    return false
  }
}
