/**
 * A clearline status feed from an Atlassian Statuspage export (`/api/v2/summary.json` or
 * `/api/v2/incidents.json`). What can be mapped is mapped: page name and URL as publisher,
 * incident name as title, the latest update as what we know, earlier updates as history,
 * components as what it affects, impact as severity. What Statuspage does not have becomes a
 * `[[TODO: …]]` placeholder (what we don't know yet, what customers can do) and the next update is
 * set to the import time, so `clearline lint` refuses the feed until a person has written it.
 * Pure: no Node or DOM imports.
 */
import { LIMITS, type Incident, type Phase, type Severity, type StatusPayload } from '../feed/schema.js';

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly code: 'not-recognised' | 'invalid',
    message: string,
    /** The same in Dutch, for a Dutch desk (the CLI says it in the desk's language; a Dutch desk read only English). */
    readonly nl?: string,
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A [[TODO: …]] text that lint's placeholder rule reports as an error until it is replaced. */
export const todo = (what: string) => `[[TODO: ${what}]]`;

/** Any parseable time as RFC 3339 UTC without fractions, as the feed format wants it. */
export function utc(value: unknown, fallback: number): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return new Date(Number.isNaN(ms) ? fallback : ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An id the feed format accepts: letters, digits, ".", "_", "-", at most 64. */
export function feedId(value: string, fallback: string): string {
  const id = value.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64).replace(/-+$/, '');
  return id || fallback;
}

export const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
export const https = (u: string) => (/^https:\/\/[^\s\\"<>`]+$/.test(u) ? u : '');

const SEVERITY: Record<string, Severity> = { none: 'info', minor: 'minor', major: 'major', critical: 'critical', maintenance: 'info' };
const PHASE: Record<string, Phase> = { investigating: 'investigating', identified: 'identified', monitoring: 'monitoring', resolved: 'resolved', postmortem: 'resolved', completed: 'resolved' };

/** A feed as `clearline sign` takes it: seq, issued_at and expires_at are stamped when it is signed. */
export type ImportedFeed = Omit<StatusPayload, 'seq' | 'issued_at' | 'expires_at'>;

export interface ImportResult {
  feed: ImportedFeed;
  /** What could not be mapped and was left as a placeholder, per incident. */
  placeholders: string[];
  /**
   * Incidents imported as resolved that were withdrawn, not resolved (a CAP Cancel), with the sender's note when it
   * gave one: the desk must say what happened before it publishes them.
   */
  withdrawn?: { incident: string; note?: string }[];
}

export function importStatuspage(input: unknown, opts: { now?: number } = {}): ImportResult {
  const now = opts.now ?? Date.now();
  if (!isObj(input) || !isObj(input.page) || !Array.isArray(input.incidents)) {
    throw new ImportError(
      'not-recognised',
      'this is not a Statuspage summary.json or incidents.json: it needs "page" and "incidents"',
      'dit is geen summary.json of incidents.json van Statuspage: er moeten "page" en "incidents" in staan',
    );
  }
  const page = input.page;
  const name = cut(str(page.name) || 'Status', LIMITS.shortText);
  const url = https(str(page.url)) || 'https://example.invalid/';
  const placeholders: string[] = [];
  const components = Array.isArray(input.components) ? input.components.filter(isObj) : [];
  const incidents: Incident[] = input.incidents
    .filter(isObj)
    .slice(0, LIMITS.incidents)
    .map((raw, i): Incident => {
      const id = feedId(str(raw.id), `incident-${i + 1}`);
      const updates = (Array.isArray(raw.incident_updates) ? raw.incident_updates.filter(isObj) : [])
        .map((u) => ({ at: utc(u.display_at ?? u.created_at, now), body: str(u.body), status: str(u.status) }))
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      const phase = PHASE[str(raw.status)] ?? 'investigating';
      const latest = updates[0];
      const affected = (Array.isArray(raw.components) ? raw.components.filter(isObj) : []).map((c) => str(c.name)).filter(Boolean);
      const open = phase !== 'resolved';
      const incident: Incident = {
        id,
        title: cut(str(raw.name) || todo('title'), LIMITS.shortText),
        severity: SEVERITY[str(raw.impact)] ?? 'minor',
        phase,
        started_at: utc(raw.started_at ?? raw.created_at, now),
        updated_at: utc(raw.updated_at ?? latest?.at, now),
        known: cut(latest?.body || todo('what we know'), LIMITS.markdown),
        unknown: open ? todo("what we don't know yet") : '',
        // Statuspage promises no next update: the import time, already past, so lint refuses it until a real time is set.
        next_update_at: open ? utc(undefined, now) : null,
      };
      if (phase === 'resolved') incident.resolved_at = utc(raw.resolved_at ?? raw.updated_at, now);
      if (affected.length) incident.affects = affected.slice(0, LIMITS.affects).map((a) => cut(a, LIMITS.shortText));
      if (open) {
        incident.actions = [{ label: todo('what people can do now') }];
        placeholders.push(`${id}: unknown, next_update_at, actions`);
      }
      if (!latest?.body) placeholders.push(`${id}: known`);
      const history = updates.slice(1, 1 + LIMITS.updates).filter((u) => u.body);
      if (history.length) incident.updates = history.map((u) => ({ at: u.at, note: cut(u.body, LIMITS.markdown) }));
      return incident;
    });
  const timeZone = str(page.time_zone);
  const feed: ImportedFeed = {
    type: 'status',
    version: 1,
    feed_id: feedId(str(page.id) || name, 'statuspage'),
    publisher: { name, url },
    status_url: url === 'https://example.invalid/' ? undefined : url,
    channels: [],
    incidents,
  };
  if (!feed.status_url) delete feed.status_url;
  if (validZone(timeZone)) feed.time_zone = timeZone;
  if (!components.length && !incidents.length) placeholders.push('the export has no incidents');
  return { feed, placeholders };
}

function validZone(z: string): boolean {
  if (!z || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(z)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return true;
  } catch {
    return false;
  }
}
