import { useEffect } from 'react'
import { forgetBelowFoldSizes, measureBelowFold } from '../../components/below-fold'

/**
 * Gives the page's contained parts their real heights after the first paint, and again when the
 * width changes (heights change with it). See components/below-fold.ts.
 */
export function useRememberedSizes() {
  useEffect(() => {
    let cancelled = false
    let width = window.innerWidth
    let timer = 0
    let run = measureBelowFold(() => cancelled)
    const onResize = () => {
      if (window.innerWidth === width) return
      width = window.innerWidth
      forgetBelowFoldSizes()
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        run = run.then(() => measureBelowFold(() => cancelled))
      }, 200)
    }
    window.addEventListener('resize', onResize, { passive: true })
    return () => {
      cancelled = true
      window.clearTimeout(timer)
      window.removeEventListener('resize', onResize)
    }
  }, [])
}
