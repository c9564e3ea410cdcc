/**
 * Changing a status feed the way a publisher does: add an incident, post an update (the old
 * "what we know" / "what we don't know yet" move into the incident's history), resolve.
 * Pure: the CLI's `update` and the web editor share these, so both write the same history.
 */
import { LIMITS, type Incident, type Phase, type StatusPayload, type TextValue } from './schema.js';

type Obj = Record<string, unknown>;
/** A status feed as it sits on disk before signing: `seq`, `issued_at` and `expires_at` may be absent. */
export type FeedDraft = Omit<StatusPayload, 'seq' | 'issued_at' | 'expires_at'> & Partial<Pick<StatusPayload, 'seq' | 'issued_at' | 'expires_at'>>;

/** RFC 3339 UTC to the second, as the feed format writes times. */
export const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export interface IncidentChange {
  title?: TextValue;
  known?: TextValue;
  unknown?: TextValue;
  /** ISO time of the next update. */
  next_update_at?: string;
  phase?: Phase;
  severity?: Incident['severity'];
  affects?: Incident['affects'];
  actions?: Incident['actions'];
  /** Mark resolved: resolved_at now, no next update. */
  resolve?: boolean;
}

/** Drops the signing stamps, so that the next signature gets a fresh issued_at, expires_at and seq. */
export function unstamp<T extends Obj>(feed: T): T {
  const copy = { ...feed };
  for (const k of ['issued_at', 'expires_at', 'seq']) delete copy[k];
  return copy;
}

/** A new feed with the incident first. Refuses a duplicate id. */
export function addIncident<T extends { incidents: readonly unknown[] }>(feed: T, incident: Incident): T {
  if (feed.incidents.some((i) => (i as Obj)?.id === incident.id)) throw new Error(`the feed already has an incident "${incident.id}"`);
  return unstamp({ ...feed, incidents: [incident, ...feed.incidents] } as T & Obj) as T;
}

/**
 * A new feed with one incident updated. Text, phase and resolution changes put the earlier
 * known/unknown into `updates` (newest first, at the earlier `updated_at`); a new time alone does not.
 */
export function postUpdate<T extends { incidents: readonly unknown[] }>(feed: T, id: string, change: IncidentChange, now = Date.now()): T {
  const index = feed.incidents.findIndex((i) => (i as Obj)?.id === id);
  if (index < 0) throw new Error(`the feed has no incident "${id}"`);
  const old = feed.incidents[index] as Obj;
  const incident: Obj = structuredClone(old);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const textChanged = (change.known !== undefined && !same(change.known, old.known)) || (change.unknown !== undefined && !same(change.unknown, old.unknown));
  const phaseChanged = change.phase !== undefined && change.phase !== old.phase;
  if (textChanged || phaseChanged || change.resolve) {
    const entry: Obj = { at: old.updated_at };
    if (old.known !== undefined) entry.known = old.known;
    if (old.unknown !== undefined) entry.unknown = old.unknown;
    incident.updates = [entry, ...(Array.isArray(old.updates) ? old.updates : [])].slice(0, LIMITS.updates);
  }
  for (const k of ['title', 'known', 'unknown', 'severity', 'affects', 'actions', 'phase', 'next_update_at'] as const) {
    if (change[k] !== undefined) incident[k] = change[k];
  }
  if (change.affects !== undefined && !change.affects.length) delete incident.affects;
  if (change.actions !== undefined && !change.actions.length) delete incident.actions;
  if (change.resolve) {
    incident.phase = 'resolved';
    incident.resolved_at = isoSeconds(now);
    incident.next_update_at = null;
  } else if (change.phase && change.phase !== 'resolved') delete incident.resolved_at;
  incident.updated_at = isoSeconds(now);
  const incidents = [...feed.incidents];
  incidents[index] = incident;
  return unstamp({ ...feed, incidents } as T & Obj) as T;
}
