import type { Config } from 'tailwindcss'

/**
 * Loaded from src/styles.css with `@config`. Every color is a CSS variable defined once in
 * styles.css with its light and dark values side by side, so dark mode needs no `dark:` variants
 * and still follows the system when JavaScript is off. The themes' colours are not here: they are
 * the article's (themes.yaml), written as CSS at build (src/styles/themes.gen.css).
 */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    // Two faces and the platform's own: each family a stack names and the device lacks costs a
    // lookup before the first paint, so each stack names only what some platform has. system-ui is
    // San Francisco, Segoe UI, Roboto or the desktop's font; Georgia is on Apple and Windows
    // devices, and elsewhere the serif is the system's own. Used as var(--font-*) in the CSS.
    fontFamily: {
      sans: ['system-ui', 'sans-serif'],
      serif: ['Georgia', 'serif'],
      mono: ['ui-monospace', 'monospace'],
    },
    extend: {
      colors: {
        page: 'var(--color-page)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        accent: 'var(--color-accent)',
        focus: 'var(--color-focus)',
      },
      maxWidth: {
        measure: '68ch',
      },
    },
  },
} satisfies Config
