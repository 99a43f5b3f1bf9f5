import { useEffect, useState } from 'react'
import { textParts } from '../../components/text-parts'
import { useHydrated } from '../../components/use-hydrated'
import { t } from '../../lib/i18n'

/** Estimated reading time and how far through the article the reader is. */
export function ReadingProgress({ minutes }: { minutes: number }) {
  const [percent, setPercent] = useState(0)
  // The CSP allows no style attributes in markup; once hydrated, React sets the width through the
  // CSSOM, which the policy permits.
  const hydrated = useHydrated()
  useEffect(() => {
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const article = document.querySelector('main article')
        if (!article) return
        const rect = article.getBoundingClientRect()
        const total = rect.height - window.innerHeight
        const read = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total))
        setPercent(Math.round(read * 100))
      })
    }
    update()
    window.addEventListener('scroll', update, { passive: true })
    window.addEventListener('resize', update, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', update)
      window.removeEventListener('resize', update)
    }
  }, [])
  return (
    <div className="mt-4 text-xs text-muted">
      <p>
        {textParts(t('reader.progress'), {
          minutes,
          read: <span data-progress={percent}>{textParts(t('reader.progressRead'), { percent })}</span>,
        })}
      </p>
      <div className="mt-1 h-1 overflow-hidden rounded bg-rule" aria-hidden="true">
        <div
          className="h-full origin-left scale-x-0 bg-accent"
          style={hydrated ? { transform: `scaleX(${percent / 100})` } : undefined}
        />
      </div>
    </div>
  )
}
