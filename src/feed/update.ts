/**
 * Changing a status feed the way a publisher does: add an incident, post an update (the old
 * "what we know" / "what we don't know yet" move into the incident's history), resolve.
 * Pure: the CLI's `update` and the web editor share these, so both write the same history.
 */
import { hasPlaceholder } from './placeholder.js';
import { withMarkdownBullets } from './pasted-lists.js';
import { cleanTexts } from './invisible.js';
import type { Cadence } from './cadence.js';
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
  /** ISO time of the next update; null takes it away (only a notice, severity info, may go without: feed/notice.ts). */
  next_update_at?: string | null;
  phase?: Phase;
  severity?: Incident['severity'];
  affects?: Incident['affects'];
  actions?: Incident['actions'];
  /** FAQ answers that do not hold while it goes on (trial Q); [] clears. Not news in the incident itself: `updated_at` stays. */
  faq_outdated?: Incident['faq_outdated'];
  /** `daily` for a standing instruction updated once a day (feed/cadence.ts); null takes it away. Not news: `updated_at` stays. */
  cadence?: Cadence | null;
  /** Mark resolved: resolved_at now, no next update, nothing left unknown. */
  resolve?: boolean;
  /** A note on this update, kept in the history beside the texts it replaces. */
  note?: TextValue;
  /**
   * Correct a mistake in the texts now published (a typo, a wrong number): they are replaced in
   * place, nothing goes into the history and `updated_at` keeps its time, so readers do not get
   * an "earlier update" that only differs by the mistake. Not with a new phase, a resolution or a note.
   */
  correct?: boolean;
}

/** The rule a correction would break: a new phase, a resolution or a note makes it a new update. */
export type CorrectionRule = 'phase' | 'resolve' | 'note';

/** Which rule a correction breaks, for callers that say it in the publisher's language; undefined when it can be made. */
export function correctionRule(old: { phase?: unknown }, change: IncidentChange): CorrectionRule | undefined {
  if (!change.correct) return undefined;
  if (change.phase !== undefined && change.phase !== old.phase) return 'phase';
  if (change.resolve && old.phase !== 'resolved') return 'resolve';
  if (change.note !== undefined) return 'note';
  return undefined;
}

const CORRECTION_PROBLEMS: Record<CorrectionRule, string> = {
  phase: 'a correction keeps the phase; a new phase is a new update',
  resolve: 'a correction cannot resolve the incident; resolving is a new update',
  note: 'a correction has no note; a note belongs to a new update',
};

/** Why a correction cannot be made, in the publisher's words; undefined when it can. */
export function correctionProblem(old: { phase?: unknown }, change: IncidentChange): string | undefined {
  const rule = correctionRule(old, change);
  return rule && CORRECTION_PROBLEMS[rule];
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
  const listed = cleanTexts({ ...incident, known: withMarkdownBullets(incident.known), unknown: withMarkdownBullets(incident.unknown) });
  return unstamp({ ...feed, incidents: [listed, ...feed.incidents] } as T & Obj) as T;
}

/** A value with the keys of its objects sorted, so that `{href, label}` and `{label, href}` compare equal. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Obj)[k])])) : v;

/** A text that is empty in every language. */
export const isEmptyText = (v: unknown): boolean => (typeof v === 'string' ? !v.trim() : typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x !== 'string' || !x.trim()));

/** The same shape as `text` with every language empty (a resolved incident has nothing unknown left). */
const emptied = (text: unknown): TextValue => (typeof text === 'object' && text !== null ? Object.fromEntries(Object.keys(text).map((l) => [l, ''])) : '');

/**
 * A new feed with one incident updated. Text and resolution changes put the earlier
 * known/unknown into `updates` (newest first, at the time they were published, with `note` if
 * given); a new phase alone does not (its texts are still the ones on screen). Every change readers see in the incident (those, and a new title, severity, affects or
 * actions) stamps `updated_at`, so "Updated …" is not hours old above new advice; a new next-update
 * time alone does not (the history keeps the time its texts were published) but stamps `confirmed_at`:
 * the desk re-confirmed the texts, and readers show "Updated …" from then (trial V: a boil water notice
 * re-confirmed every 4 hours read "Updated 2 days ago" on day 3). Not a save that changes nothing, nor a correction. Resolving sets `resolved_at`, removes the next
 * update and empties "what we don't know yet".
 */
export function postUpdate<T extends { incidents: readonly unknown[] }>(feed: T, id: string, typed: IncidentChange, now = Date.now()): T {
  // Bullets pasted from Word become a Markdown list, and what nobody sees goes, before anything is compared (pasted-lists.ts, invisible.ts).
  const change = cleanTexts({ ...typed, known: withMarkdownBullets(typed.known), unknown: withMarkdownBullets(typed.unknown), note: withMarkdownBullets(typed.note) });
  const index = feed.incidents.findIndex((i) => (i as Obj)?.id === id);
  if (index < 0) throw new Error(`the feed has no incident "${id}"`);
  const old = feed.incidents[index] as Obj;
  const problem = correctionProblem(old, change);
  if (problem) throw new Error(problem);
  const incident: Obj = structuredClone(old);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  // Lists: absent and empty are the same to readers; objects: the order of the keys is not a change.
  const listed = (k: string, v: unknown) => ((k === 'affects' || k === 'actions') && v === undefined ? [] : v);
  const seen = (['title', 'severity', 'affects', 'actions'] as const).some((k) => change[k] !== undefined && !same(canonical(change[k]), canonical(listed(k, old[k]))));
  const textChanged = (change.known !== undefined && !same(change.known, old.known)) || (change.unknown !== undefined && !same(change.unknown, old.unknown)) || change.note !== undefined;
  const phaseChanged = change.phase !== undefined && change.phase !== old.phase;
  // Resolving again an incident that is resolved, as a correction, keeps its resolution time.
  const resolve = change.resolve === true && !(change.correct && old.phase === 'resolved');
  const published = !change.correct && (textChanged || phaseChanged || resolve);
  // A new phase with the same texts is no earlier update: readers would see the text now on screen
  // again under "earlier updates" (the history shows no phase), twice after the next update.
  if (published && (textChanged || resolve)) {
    // Texts that still hold a [[TODO: …]] were never published (signing refuses them): not history.
    const entry: Obj = { at: old.updated_at };
    for (const k of ['known', 'unknown'] as const) if (old[k] !== undefined && !isEmptyText(old[k]) && !hasPlaceholder(old[k])) entry[k] = old[k];
    if (change.note !== undefined) entry.note = change.note;
    if (Object.keys(entry).length > 1 && change.title !== undefined && !same(canonical(change.title), canonical(old.title)) && !hasPlaceholder(old.title)) entry.title = old.title;
    if (Object.keys(entry).length > 1) incident.updates = [entry, ...(Array.isArray(old.updates) ? old.updates : [])].slice(0, LIMITS.updates);
  }
  for (const k of ['title', 'known', 'unknown', 'severity', 'affects', 'actions', 'phase', 'next_update_at', 'faq_outdated'] as const) {
    if (change[k] !== undefined) incident[k] = change[k];
  }
  if (change.cadence === null) delete incident.cadence;
  else if (change.cadence !== undefined) incident.cadence = change.cadence;
  if (change.affects !== undefined && !change.affects.length) delete incident.affects;
  if (change.faq_outdated !== undefined && !change.faq_outdated.length) delete incident.faq_outdated;
  if (change.actions !== undefined && !change.actions.length) delete incident.actions;
  if (resolve) {
    incident.phase = 'resolved';
    incident.resolved_at = isoSeconds(now);
    incident.next_update_at = null;
    if (change.unknown === undefined) incident.unknown = emptied(incident.unknown);
  } else if (change.phase && change.phase !== 'resolved' && !change.correct) delete incident.resolved_at;
  // Something readers see is new: "Updated" now. Only the next update moved (a kept promise, "no change"): the texts are confirmed now.
  if (published || (seen && !change.correct)) {
    incident.updated_at = isoSeconds(now);
    delete incident.confirmed_at;
  } else if (!change.correct && typeof change.next_update_at === 'string' && change.next_update_at !== old.next_update_at) incident.confirmed_at = isoSeconds(now);
  const incidents = [...feed.incidents];
  incidents[index] = incident;
  return unstamp({ ...feed, incidents } as T & Obj) as T;
}

/**
 * After the last open incident is resolved, waits and reasons that were about it are stale: the
 * feed without them on ordinary channels (emergency lines keep theirs), and the ids of the
 * channels changed. Who a line is for (`purpose`) stays: it was never about the incident. The
 * CLI's `update --resolve` and the studio's "Resolved" both use it.
 */
export function withoutStaleWaits<T extends { incidents?: readonly unknown[]; channels?: readonly unknown[] }>(feed: T): { feed: T; cleared: string[] } {
  const open = (feed.incidents ?? []).some((i) => (i as Obj)?.phase !== 'resolved');
  const cleared: string[] = [];
  if (open || !feed.channels) return { feed, cleared };
  const channels = feed.channels.map((c) => {
    const ch = c as Obj;
    if (!ch || ch.emergency === true || (ch.wait_minutes === undefined && ch.reason === undefined)) return c;
    cleared.push(String(ch.id));
    const { wait_minutes: _w, reason: _r, wait_updated_at: _at, ...rest } = ch;
    return rest;
  });
  return { feed: cleared.length ? { ...feed, channels } : feed, cleared };
}
