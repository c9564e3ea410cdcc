import { isAnnounced } from './announced.js';
import { isNotice } from './notice.js';
import { SEVERITIES, type Incident, type Severity, type StatusPayload } from './schema.js';

/** 0 for a notice (`info`) up to 3 for `critical`. */
export const rank = (i: Incident) => SEVERITIES.indexOf(i.severity);
/** Of an open incident: 0 going on (feed/going-on.ts), 1 announced for later, 2 a notice. */
const later = (i: Incident, now: number) => (isAnnounced(i, now) ? 1 : isNotice(i) ? 2 : 0);

/**
 * Open incidents, most severe first, then the one that began first (`starts_at`, else `started_at`; feed order on a tie),
 * never the one edited last: trial V's boil notice (06:36) took the status page, the help dialog and the SMS from a
 * 40,000-home outage (02:10) of the same severity because the desk created it last. Given `now`, the ones going on
 * before those announced for later, and notices (severity `info`, feed/notice.ts: standing advice such as a phishing warning) after both.
 * `current`: what is in force now first, a notice before one announced for later, for what answers "when is it back?"
 * and for the badge's one word. Trial T (an electricity co-op) after its all-clear had a notice "Still no power after the
 * storm? Your service entry may be damaged" and planned works for the next night; the question and the badge led with
 * the works, which have not begun and so are nobody's reason to be without service now. A water company's boil notice
 * after supply returns is the same case.
 */
export function openIncidents(payload: StatusPayload, now?: number, current?: boolean): Incident[] {
  const after = (i: Incident) => (now === undefined ? 0 : current ? +isAnnounced(i, now) : later(i, now));
  return payload.incidents
    .filter((i) => i.phase !== 'resolved')
    .sort((a, b) => after(a) - after(b) || rank(b) - rank(a) || Date.parse(a.starts_at ?? a.started_at) - Date.parse(b.starts_at ?? b.started_at));
}

/**
 * The one rule for what leads after an all-clear: while none of the open incidents (`open`, none resolved) is going on,
 * only notices and ones announced for later or none, an all-clear of the last hour comes first, the others after it: in
 * the banner, the help dialog, the status element and the exports' default choice. Trial Q: a hospital's notice took its
 * 15:10 SMS. Trial S: an airline's "check-in works again" (14:58) lost the banner, the help and every export to a strike
 * announced at 14:59 for Tuesday.
 */
export const allClearLeads = (open: readonly Incident[], now: number): boolean => open.every((i) => later(i, now));

/** Resolved incidents, most recently resolved first. */
export function resolvedIncidents(payload: StatusPayload): Incident[] {
  const at = (i: Incident) => Date.parse(i.resolved_at ?? i.updated_at);
  return payload.incidents.filter((i) => i.phase === 'resolved').sort((a, b) => at(b) - at(a));
}

/** How long after its all-clear a resolved incident still counts as news: the closing text says what still follows (buses start again, water may run brown). */
export const RECENTLY_RESOLVED_MS = 60 * 60_000;

/**
 * Resolved incidents whose all-clear came within the last hour, most recent first, for a document that is still
 * current: a bus company's all-clear at 12:29 ("until 13:30 buses may run late") is still news on its home page at
 * 12:35. An expired document confirms no all-clear.
 */
export function recentlyResolved(payload: StatusPayload, now: number): Incident[] {
  if (isExpired(payload, now)) return [];
  return resolvedIncidents(payload).filter((i) => {
    const at = Date.parse(i.resolved_at ?? i.updated_at);
    return now - at < RECENTLY_RESOLVED_MS;
  });
}

/** True when the promised next update time has passed without a newer document. */
export function isOverdue(incident: Incident, now: number): boolean {
  return incident.phase !== 'resolved' && incident.next_update_at !== null && Date.parse(incident.next_update_at) < now;
}

export function isExpired(payload: { expires_at: string }, now: number): boolean {
  return Date.parse(payload.expires_at) <= now;
}

/** The incident a one-line banner shows: the first of openIncidents (the most severe, then the one that began first). */
export function topOpenIncident(payload: StatusPayload, now?: number): Incident | undefined {
  return openIncidents(payload, now)[0];
}

/**
 * A short fingerprint of an incident's content, so that a dismissal can be remembered exactly
 * until the incident changes (new text, phase, next update time...). FNV-1a over its JSON.
 */
export function incidentVersion(incident: Incident): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(incident);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${incident.updated_at}/${(h >>> 0).toString(36)}`;
}

export const OVERALL_STATES = ['disruption', 'announced', 'notice', 'ok', 'unknown'] as const;
export type OverallState = (typeof OVERALL_STATES)[number];

/**
 * One word for the whole feed, for a badge. "ok" only for verified, unexpired data whose latest
 * load succeeded; last-known open incidents stay a "disruption" when a later load fails or the
 * data has expired, as the banner keeps showing them (marked "Not confirmed since …").
 */
export function overallState(payload: StatusPayload | undefined, now: number, failed = false): { state: OverallState; severity?: Severity } {
  if (!payload) return { state: 'unknown' };
  const top = openIncidents(payload, now, true)[0];
  // Only announced ones (a strike on Thursday): not a disruption yet, in the calm information look; notices (a standing
  // phishing warning, severity info), also beside announced ones: nothing is broken, so "Notice", as calm. A notice is
  // in force now; "Announced" for the hour after trial T's all-clear read as news about the storm just over.
  const k = top && later(top, now);
  if (top) return k ? { state: k > 1 ? 'notice' : 'announced', severity: 'info' } : { state: 'disruption', severity: top.severity };
  return { state: failed || isExpired(payload, now) ? 'unknown' : 'ok' };
}

/** When the content last changed or was re-confirmed (the newest incident update), else when the feed was signed; agrees with each incident's "Updated …". */
export function lastChange(payload: StatusPayload): number {
  const times = payload.incidents.map((i) => Date.parse(i.resolved_at ?? i.confirmed_at ?? i.updated_at)).filter((n) => !Number.isNaN(n));
  return times.length ? Math.max(...times) : Date.parse(payload.issued_at);
}
