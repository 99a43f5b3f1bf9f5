/**
 * localStorage that never throws: blocked storage (privacy modes, sandboxed frames) reads as
 * empty and drops writes, and callers keep working from memory.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key)
    } catch {
      return null
    }
  },
  set(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(key, value)
      return true
    } catch {
      return false
    }
  },
}
