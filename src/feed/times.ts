/**
 * Times the way people say them, for the publisher's tools: `+15m`, `+1h`, `10:30` in the feed's
 * zone, or an ISO time with any offset; and clock times printed in the feed's zone. Feed times
 * may carry an offset (RFC 3339); `normalizeTimes` turns them into UTC before signing.
 * Pure: the clock and the zone are passed in.
 */

/** Why a time was refused; `message` is a sentence a service-desk user can act on. */
export class TimeError extends Error {
  override name = 'TimeError';
  constructor(
    readonly code: 'format' | 'passed' | 'zone',
    message: string,
  ) {
    super(message);
  }
}

const UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** RFC 3339 with `Z` or an offset (seconds optional, fractions allowed). */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** UTC ISO without milliseconds: 2026-11-30T09:43:00Z. */
export const isoUtc = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The machine's own zone (the fallback when a feed names none). */
export const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone's offset from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  } catch {
    throw new TimeError('zone', `"${timeZone}" is not a time zone; use an IANA name such as Europe/Amsterdam`);
  }
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The calendar day and clock time of an instant in a zone. */
export function wallClock(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(ms + zoneOffsetMs(ms, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The instant a wall-clock time in a zone means (the later one around a DST change). */
export function fromWallClock(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let at = guess - zoneOffsetMs(guess, timeZone);
  at = guess - zoneOffsetMs(at, timeZone);
  return at;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:43" in the zone. */
export function clockIn(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "09:43", or "Tue 1 Dec 09:43" when it is not today in that zone. */
export function whenIn(ms: number, timeZone: string, now: number): string {
  const w = wallClock(ms, timeZone);
  const today = wallClock(now, timeZone);
  if (w.year === today.year && w.month === today.month && w.day === today.day) return clockIn(ms, timeZone);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
  return `${date} ${clockIn(ms, timeZone)}`;
}

/** An ISO time with the zone's offset, e.g. 2026-12-01T10:30:00+01:00, for examples in messages. */
export function isoInZone(ms: number, timeZone: string): string {
  const off = zoneOffsetMs(ms, timeZone) / 60_000;
  const w = new Date(ms + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${w.toISOString().slice(0, 19)}${off === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
}

/** Parses an RFC 3339 time (with Z or an offset) to milliseconds; a time without an offset is read in `timeZone`. */
export function parseIsoTime(input: string, timeZone?: string): number {
  const m = RFC3339.exec(input.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, zone] = m;
  const [Y, M, D, H, MI, S] = [y, mo, d, h, mi, s ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || MI > 59 || S > 59) return NaN;
  const check = new Date(Date.UTC(Y, M - 1, D));
  if (check.getUTCDate() !== D) return NaN;
  if (!zone) return timeZone ? fromWallClock(Y, M, D, H, MI, timeZone) + S * 1000 : NaN;
  const base = Date.UTC(Y, M - 1, D, H, MI, S);
  if (zone.toUpperCase() === 'Z') return base;
  const om = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
  const offset = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3])) * 60_000;
  return base - offset;
}

export interface WhenOptions {
  now: number;
  /** The feed's IANA zone; `HH:MM` is read in it. */
  timeZone: string;
}

/**
 * Parses `--next-update`: `+15m`, `+1h`, `+1d`, `HH:MM` (today in the feed's zone; a time that has
 * passed is an error, never silently tomorrow), or an ISO time with any offset. Returns UTC ISO.
 */
export function parseWhen(input: string, { now, timeZone }: WhenOptions): string {
  const s = input.trim();
  const rel = /^\+\s*(\d+)\s*(s|m|min|h|d)$/i.exec(s);
  if (rel) {
    const unit = rel[2]!.toLowerCase().slice(0, 1) as keyof typeof UNITS;
    return isoUtc(now + Number(rel[1]) * UNITS[unit]);
  }
  const hm = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (hm) {
    const [h, m] = [Number(hm[1]), Number(hm[2])];
    if (h > 23 || m > 59) throw new TimeError('format', `${s} is not a clock time; use HH:MM between 00:00 and 23:59`);
    const today = wallClock(now, timeZone);
    const at = fromWallClock(today.year, today.month, today.day, h, m, timeZone);
    if (at <= now) {
      const tomorrow = at + 86_400_000;
      throw new TimeError('passed', `${pad(h)}:${pad(m)} has passed; did you mean tomorrow? use +1d or an ISO time (e.g. ${isoInZone(tomorrow, timeZone)})`);
    }
    return isoUtc(at);
  }
  const ms = parseIsoTime(s, timeZone);
  if (Number.isNaN(ms)) {
    throw new TimeError('format', `"${input}" is not a time; use +15m, +1h, a clock time such as 14:30 (${timeZone}) or an ISO time such as ${isoInZone(now + 3_600_000, timeZone)}`);
  }
  return isoUtc(ms);
}

/** Where a document holds times, as paths (`*` for every array item). */
const TIME_FIELDS = ['issued_at', 'expires_at', 'incidents/*/started_at', 'incidents/*/updated_at', 'incidents/*/resolved_at', 'incidents/*/next_update_at', 'incidents/*/updates/*/at'] as const;

/**
 * A copy of a document with every time that carries an offset written in UTC (`Z`), so readers,
 * signatures and history compare like with like. Values that are not RFC 3339 are left for the
 * validator to report.
 */
export function normalizeTimes<T>(doc: T): T {
  const copy = structuredClone(doc) as unknown;
  for (const field of TIME_FIELDS) visit(copy, field.split('/'));
  return copy as T;
}

function visit(node: unknown, path: string[]): void {
  if (!node || typeof node !== 'object') return;
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(node)) for (const item of node) visit(item, rest);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (rest.length) return visit(obj[head!], rest);
  const value = obj[head!];
  if (typeof value !== 'string' || /Z$/.test(value)) return;
  const ms = parseIsoTime(value);
  if (!Number.isNaN(ms)) obj[head!] = isoUtc(ms) === value ? value : new Date(ms).toISOString().replace('.000Z', 'Z');
}
