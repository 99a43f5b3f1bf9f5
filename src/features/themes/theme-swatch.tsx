import type { ThemeId } from '../../content/types'

// Written out in full so Tailwind sees every class.
const swatchClass: Record<ThemeId, string> = {
  cooperation: 'bg-cooperation',
  'community-impact': 'bg-community-impact',
  'law-enforcement': 'bg-law-enforcement',
}

/** A theme's color as a small decorative dot (the label always says the theme in words). */
export function ThemeSwatch({ themeId, size = 'md' }: { themeId: ThemeId; size?: 'sm' | 'md' }) {
  const dimensions = size === 'sm' ? 'h-2 w-2' : 'h-3 w-3'
  return (
    <span aria-hidden="true" className={`inline-block shrink-0 rounded-full ${dimensions} ${swatchClass[themeId]}`} />
  )
}
