import type { Theme } from './types'

// Colors are not here: each theme's color is a token defined once in src/styles.css
// (--theme-<id> and --theme-<id>-tint), exposed to Tailwind by tailwind.config.ts.
export const themes: Theme[] = [
  {
    id: 'cooperation',
    label: 'Cooperation',
    description: 'How Mexico and the United States work together on security.',
  },
  {
    id: 'community-impact',
    label: 'Community impact',
    description: 'What cartel violence costs ordinary people, and what would make them safer.',
  },
  {
    id: 'law-enforcement',
    label: 'Law enforcement',
    description: 'Arrests, police funding and training, and the pressure put on cartels.',
  },
]
