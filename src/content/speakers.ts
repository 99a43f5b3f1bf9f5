import type { Speaker } from './types'

export const speakers: Speaker[] = [
  {
    id: 'garcia-harfuch',
    name: 'Omar García Harfuch, as reported',
    role: 'Mexico’s Secretary of Security and Citizen Protection since 1 October 2024. The article paraphrases him and quotes none of his words, and our record holds none of his own words on these points, so we check what the paraphrase says.',
  },
  {
    id: 'article',
    name: 'The article’s own narration',
    role: 'Stated by the article itself, not attributed to anyone.',
  },
]
