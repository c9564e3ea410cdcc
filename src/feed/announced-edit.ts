/**
 * What publishing tools need of an incident announced ahead (feed/announced.ts): the latest next update it may promise
 * (lint) and setting its start (the studio, `clearline update --starts`). Apart from announced.ts so the readers'
 * bundle does not carry them. Pure; no DOM.
 */
import { startsLater } from './announced.js';
import { DAILY_NEXT_UPDATE_MS } from './cadence.js';
import type { Incident } from './schema.js';

/** Before an announced start, the next update may be a day away, and at the latest 4 hours after the start. */
export const ANNOUNCED_NEXT_UPDATE_MS = 24 * 3_600_000;

/**
 * The latest next update a document may promise at `now`: 4 hours (`limitMs`) for a disruption going on, 26 hours when it
 * is updated `daily` (feed/cadence.ts); for one that starts later, a day (26 hours when daily), but never more than 4 hours
 * after it starts, daily or not (people need news once it has begun; trial Z's strike promised its first news 24 hours after).
 */
export function latestNextUpdate(incident: Pick<Incident, 'phase' | 'starts_at'>, now: number, limitMs: number, daily = false): number {
  const start = startsLater(incident, now);
  const ahead = daily ? Math.max(limitMs, DAILY_NEXT_UPDATE_MS) : ANNOUNCED_NEXT_UPDATE_MS;
  return start === undefined ? now + (daily ? ahead : limitMs) : Math.max(now + limitMs, Math.min(now + ahead, start + limitMs));
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
