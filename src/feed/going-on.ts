/**
 * An open incident going on now: neither a notice (standing advice, severity info: notice.ts) nor one announced ahead
 * (announced.ts). With none going on there is no queue to wait in: the phone message needs no wait (export/lint.ts,
 * lint's phone-no-wait), and an all-clear of the last hour is the news (allClearLeads). Pure.
 */
import { isAnnounced } from './announced.js';
import { isNotice } from './notice.js';
import type { Incident } from './schema.js';

export const goingOn = (incident: Pick<Incident, 'phase' | 'severity' | 'starts_at'>, now: number): boolean =>
  incident.phase !== 'resolved' && !isAnnounced(incident, now) && !isNotice(incident);

/**
 * The one rule for what leads after an all-clear: while none of the open incidents is going on (only notices and ones
 * announced for later, or none), an all-clear of the last hour comes first: in the banner, the help dialog, the status
 * element and the exports' default choice; the others follow it. Trial Q: a hospital's notice took its 15:10 SMS. Trial
 * S: an airline's "check-in works again" (14:58) lost the banner, the help and every export to a strike announced at
 * 14:59 for Tuesday.
 */
export const allClearLeads = (open: readonly Incident[], now: number): boolean => !open.some((i) => goingOn(i, now));
