/**
 * One line of a clearline report (NDJSON): what a reader did, when (to the minute) and during
 * which incidents. No cookies, identifiers, URLs, user agent or exact times. Pure: no DOM.
 */
import { PHASES, type Phase } from '../feed/schema.js';
import { scrubQuery } from './scrub.js';

/** The version of the line format; a collector can keep lines of several versions apart. */
export const REPORT_VERSION = 1;

export const REPORT_TYPES = ['search', 'no-answer', 'open', 'feedback', 'reason', 'contact', 'session'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** The incident phase a line was recorded in; `none` when no incident was open. */
export type ReportPhase = Phase | 'none';

export interface ReportEvent {
  v: typeof REPORT_VERSION;
  type: ReportType;
  /** UTC, rounded down to the minute: `2026-11-30T09:51Z`. */
  t: string;
  /** The status feed's `feed_id`, when known. */
  feed?: string;
  /** UI language of the reader (`en`, `nl`), for grouping queries with the right stemmer. */
  lang?: string;
  /** Ids of the incidents open at the time, most severe first; with none open, the one resolved in the last hour, which readers still see. */
  incidents: string[];
  /** Phase of the most severe open incident (`resolved` in the hour after an all-clear). */
  phase: ReportPhase;
  /** Scrubbed search text. */
  query?: string;
  /** Number of results (search). */
  results?: number;
  entry?: string;
  helpful?: boolean;
  reason?: string;
  channel?: string;
  /** Session summary: counts of what happened in one help session (no identifiers). */
  searches?: number;
  opened?: number;
  yes?: number;
  no?: number;
  reasons?: number;
  contacts?: number;
}

/** A minute-precision UTC timestamp: 2026-11-30T09:51Z. */
export function minuteStamp(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString().slice(0, 16) + 'Z';
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const id = (s: unknown) => (typeof s === 'string' && ID.test(s) ? s : undefined);
const count = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? Math.min(n, 10_000) : undefined);

export type EventInput = Partial<Omit<ReportEvent, 'v' | 't'>> & { type: ReportType };

/**
 * Builds a report line from what an element saw: keeps only the known fields, ids that look like
 * ids, scrubbed query text and a rounded time. Anything else is dropped, never passed on.
 */
export function reportEvent(input: EventInput, now: number): ReportEvent {
  const out: ReportEvent = {
    v: REPORT_VERSION,
    type: input.type,
    t: minuteStamp(now),
    incidents: (input.incidents ?? []).map(id).filter((x): x is string => !!x).slice(0, 10),
    phase: input.phase && (PHASES as readonly string[]).includes(input.phase) ? input.phase : 'none',
  };
  const feed = id(input.feed);
  if (feed) out.feed = feed;
  if (input.lang && /^[a-z]{2,3}$/.test(input.lang)) out.lang = input.lang;
  if (typeof input.query === 'string') {
    const q = scrubQuery(input.query);
    if (q) out.query = q;
  }
  for (const k of ['entry', 'reason', 'channel'] as const) {
    const v = id(input[k]);
    if (v) out[k] = v;
  }
  if (typeof input.helpful === 'boolean') out.helpful = input.helpful;
  for (const k of ['results', 'searches', 'opened', 'yes', 'no', 'reasons', 'contacts'] as const) {
    const n = count(input[k]);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

/** Parses one NDJSON line; undefined for blank, broken or foreign lines (a report skips them). */
export function parseReportLine(line: string): ReportEvent | undefined {
  if (!line || line.charCodeAt(0) !== 123 /* { */) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  const e = v as ReportEvent;
  if (!e || e.v !== REPORT_VERSION || !(REPORT_TYPES as readonly string[]).includes(e.type) || typeof e.t !== 'string') return undefined;
  if (!Array.isArray(e.incidents)) e.incidents = [];
  if (typeof e.phase !== 'string') e.phase = 'none';
  return e;
}
