/**
 * FAQ entries whose standing answer does not hold while an incident goes on (its `faq_outdated`). Trial Q, finding 8: a
 * hospital's "Gaat mijn afspraak door? Ja, tenzij wij u bellen…" stood first in the help dialog while an IT outage
 * cancelled every Tuesday appointment, and the night desk could not touch the FAQ (the web team's own signed document).
 * Only while the incident goes on (open, not a notice, started if announced ahead: going-on.ts's test, spelled out here
 * because importing it moves it into the chunk every element loads, +35 B gzip): once it is resolved the
 * answer stands again with nothing to undo. Read from the last verified status, also once expired: the readers keep its
 * incident shown (under "Outdated"), and a stopped heartbeat does not make the standing answer true again. Pure; no DOM.
 */
import { isAnnounced } from './announced.js';
import { openIncidents } from './incidents.js';
import { isNotice } from './notice.js';
import type { Incident, StatusPayload } from './schema.js';

/** Entry id → the incident going on that says its answer does not hold now (the lead one, when several list it). */
export function outdatedEntries(status: StatusPayload | undefined, now: number): Map<string, Incident> {
  const by = new Map<string, Incident>();
  for (const incident of status ? openIncidents(status, now) : []) {
    if (!isAnnounced(incident, now) && !isNotice(incident)) for (const id of incident.faq_outdated ?? []) if (!by.has(id)) by.set(id, incident);
  }
  return by;
}
