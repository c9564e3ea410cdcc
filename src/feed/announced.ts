/**
 * An incident announced ahead (a strike on Thursday, planned works on Saturday): open, with `starts_at` still to come.
 * Until then readers see it as announced ("Vanaf do 10 dec, 00:01"), not as a disruption going on now, and an update a
 * day is enough: trial O, a bus company announcing a strike on Monday, had to post every 4 hours, at night too, or its
 * readers read "Outdated … may no longer be true" on Tuesday morning. Pure; no DOM.
 */
import type { Incident } from './schema.js';

/** When an announced incident starts, while that is still to come; undefined once it has started, or for an ordinary one. */
export function startsLater(incident: Pick<Incident, 'phase' | 'starts_at'>, now: number): number | undefined {
  if (incident.phase === 'resolved' || !incident.starts_at) return undefined;
  const at = Date.parse(incident.starts_at);
  return at > now ? at : undefined;
}

/** True while an open incident has been announced but has not started yet. */
export const isAnnounced = (incident: Pick<Incident, 'phase' | 'starts_at'>, now: number): boolean => startsLater(incident, now) !== undefined;
