import type { ThemeId } from '../../content/types'

/** A theme's color as a small decorative dot (the label always says the theme in words); its class is defined per theme from themes.yaml. */
export function ThemeSwatch({ themeId, size = 'md' }: { themeId: ThemeId; size?: 'sm' | 'md' }) {
  const dimensions = size === 'sm' ? 'h-2 w-2' : 'h-3 w-3'
  return (
    <span aria-hidden="true" className={`inline-block shrink-0 rounded-full ${dimensions} theme-swatch-${themeId}`} />
  )
}
