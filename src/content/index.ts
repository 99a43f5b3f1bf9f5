// The content every page needs up front. Claim context lives in notes.ts and loads lazily.
import { article } from './article'
import { claims } from './claims'
import { mentions } from './mentions'
import { themes } from './themes'
import type { ContentBundle } from './types'

export const content: ContentBundle = { article, themes, claims, mentions }
export type * from './types'
