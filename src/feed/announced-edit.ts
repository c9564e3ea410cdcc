/**
 * What publishing tools need of an incident announced ahead (feed/announced.ts): the latest next update it may promise
 * (lint) and setting its start (the studio, `clearline update --starts`). Apart from announced.ts so the readers'
 * bundle does not carry them. Pure; no DOM.
 */
import { startsLater } from './announced.js';
import type { Incident } from './schema.js';

/** Before an announced start, the next update may be a day away, and at the latest 4 hours after the start. */
export const ANNOUNCED_NEXT_UPDATE_MS = 24 * 3_600_000;

/**
 * The latest next update a document may promise at `now`: 4 hours (`limitMs`) for a disruption going on; for one that
 * starts later, a day, but never more than 4 hours after it starts (people need news once it has begun).
 */
export function latestNextUpdate(incident: Pick<Incident, 'phase' | 'starts_at'>, now: number, limitMs: number): number {
  const start = startsLater(incident, now);
  return start === undefined ? now + limitMs : Math.max(now + limitMs, Math.min(now + ANNOUNCED_NEXT_UPDATE_MS, start + limitMs));
}

/** The feed with one incident's `starts_at` set, or taken away (undefined); the rest as it was. */
export function withStart<F extends { incidents: readonly Incident[] }>(feed: F, id: string, startsAt: string | undefined): F {
  const incidents = feed.incidents.map((i) => {
    if (i.id !== id || i.starts_at === startsAt) return i;
    const { starts_at: _, ...rest } = i;
    return startsAt ? { ...rest, starts_at: startsAt } : rest;
  });
  return { ...feed, incidents };
}
