import { SEVERITIES, type Incident, type StatusPayload } from './schema.js';

const rank = (i: Incident) => SEVERITIES.indexOf(i.severity);

/** Open incidents, most severe first, then most recently updated. */
export function openIncidents(payload: StatusPayload): Incident[] {
  return payload.incidents
    .filter((i) => i.phase !== 'resolved')
    .sort((a, b) => rank(b) - rank(a) || Date.parse(b.updated_at) - Date.parse(a.updated_at));
}

/** Resolved incidents, most recently resolved first. */
export function resolvedIncidents(payload: StatusPayload): Incident[] {
  const at = (i: Incident) => Date.parse(i.resolved_at ?? i.updated_at);
  return payload.incidents.filter((i) => i.phase === 'resolved').sort((a, b) => at(b) - at(a));
}

/** True when the promised next update time has passed without a newer document. */
export function isOverdue(incident: Incident, now: number): boolean {
  return incident.phase !== 'resolved' && incident.next_update_at !== null && Date.parse(incident.next_update_at) < now;
}

export function isExpired(payload: { expires_at: string }, now: number): boolean {
  return Date.parse(payload.expires_at) <= now;
}
