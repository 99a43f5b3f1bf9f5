// The record's dated moments, the spans drawn over them and the moments named beside their mark:
// timeline.yaml in the article's content folder, parsed and checked at build and served as plain data.

import events from 'virtual:content/timeline'
import callouts from 'virtual:content/timelineCallouts'
import spans from 'virtual:content/timelineSpans'
import type { TimelineEvent, TimelineSpan } from './types'

export const timeline = events as TimelineEvent[]
/** Stretches of time drawn as spans on the timeline's overview, from one moment to another. */
export const timelineSpans = spans as TimelineSpan[]
/** The moments the overview names beside their mark, by event id. */
export const timelineCallouts = callouts as Record<string, string>
