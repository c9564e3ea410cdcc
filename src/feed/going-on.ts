/**
 * An open incident going on now: neither a notice (standing advice, severity info: notice.ts) nor one announced ahead
 * (announced.ts). With none going on there is no queue to wait in: the phone message needs no wait (export/lint.ts,
 * lint's phone-no-wait), and an all-clear of the last hour leads (incidents.ts, allClearLeads: the same rule, where the
 * elements share it). Its own module: the elements never need it, and their first render counts every byte. Pure.
 */
import { isAnnounced } from './announced.js';
import { isNotice } from './notice.js';
import type { Incident } from './schema.js';

export const goingOn = (incident: Pick<Incident, 'phase' | 'severity' | 'starts_at'>, now: number): boolean =>
  incident.phase !== 'resolved' && !isAnnounced(incident, now) && !isNotice(incident);

