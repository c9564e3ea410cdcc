/**
 * Times the way people say them, for the publisher's tools: `+15m`, `+1h`, `10:30` in the feed's
 * zone, or an ISO time with any offset; and clock times printed in the feed's zone. Feed times
 * may carry an offset (RFC 3339); `normalizeTimes` turns them into UTC before signing.
 * Pure: the clock and the zone are passed in.
 */
import { isNanpZone } from './dialling.js';
import { NEXT_UPDATE_MAX_MS, PASSED_SAID, SKIPPED_SAID, soonAfter, type PassedFacts, type SkippedFacts } from './passed.js';
import { firstAfter, fromWallClock, sameDay, skippedBy, TimeError, wallClock, wallInstants, zoneOffsetMs } from './wall-clock.js';
import { isTimeZone } from './zone.js';
import { clockParts, exampleClock, pad, twelveHour, UNIT_WORDS } from './clock-words.js';
import { datedText, dateOrder, dateProblem, exampleWhen, tomorrowDays, WEEKDAY_SAID, wrongWeekday, type WeekdayFacts } from './day-words.js';
import { onClock, spokenText, TYPED_SAID, type TypedProblem } from './spoken-times.js';
import { readZoned } from './zone-words.js';

export { clockParts, datedText, exampleClock, exampleWhen, twelveHour, TYPED_SAID, UNIT_WORDS, WEEKDAY_SAID };
export { firstAfter, fromWallClock, isTimeZone, NEXT_UPDATE_MAX_MS, sameDay, skippedBy, soonAfter, TimeError, wallClock, wallInstants, zoneOffsetMs };

/** RFC 3339 with `Z` or an offset (seconds optional, fractions allowed). */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** UTC ISO without milliseconds: 2026-11-30T09:43:00Z. */
export const isoUtc = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** The machine's own zone (the fallback when a feed names none). */
export const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The zone a publisher's tools read and print clock times in: the document's `time_zone` while it
 * is a real zone (else the schema reports it), else this machine's. The CLI and the editor both use it.
 */
export function zoneOf(doc: unknown): string {
  const zone = (doc as { time_zone?: unknown } | null)?.time_zone;
  return typeof zone === 'string' && isTimeZone(zone) ? zone : localZone();
}


/** "09:43" in the zone. */
export function clockIn(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * "09:43", or "Tue 1 Dec 09:43" when it is not today in that zone ("di 1 dec 09:43" with `locale` nl).
 * With `locale` en-US the time is on the 12-hour clock, as on an American reader's page: "9:43 AM",
 * "Thu, Dec 3, 6:34 AM" (a Chicago desk read "next update 13:01" where its customers read 1:01 PM).
 */
export function whenIn(ms: number, timeZone: string, now: number, locale = 'en-GB'): string {
  const today = sameDay(ms, now, timeZone);
  if (locale === 'en-US') {
    const f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', ...(today ? {} : { weekday: 'short', day: 'numeric', month: 'short' }) });
    // Newer ICU writes "9:43\u202fAM": a plain space, for every terminal.
    return f.format(ms).replace(/\s/g, ' ');
  }
  if (today) return clockIn(ms, timeZone);
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
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

/** What a typed time means: the instant, or why it is refused (a time that has passed carries the next such time). */
export type WhenReading =
  | { ok: true; ms: number; iso: string }
  /** `form` 'clock': an HH:MM that is not a clock time (25:00); 'other': not a time at all. */
  | { ok: false; code: 'format'; input: string; form: 'clock' | 'other'; message: string }
  /** An HH:MM the zone's clock skips today, still ahead (02:30 the night the clocks go forward): refused, not moved. */
  | { ok: false; code: 'format'; input: string; form: 'skipped'; facts: SkippedFacts; message: string }
  /** A date typed with another weekday than its own ("zo 5 dec" when 5 December is a Saturday): refused, not guessed. */
  | { ok: false; code: 'format'; input: string; form: 'weekday'; facts: WeekdayFacts; message: string }
  /** Refused with its own reason (spoken-times.ts): "half 3" (2:30 or 3:30?), "31-11 10:00", "4 dec" without a time. */
  | { ok: false; code: 'format'; input: string; form: 'typed'; facts: TypedProblem; message: string }
  | { ok: false; code: 'zone'; input: string; message: string }
  /** `clock` is HH:MM in the zone; `suggestion` the next instant the zone's clock shows it (tomorrow for HH:MM); `facts` what `message` says (passed.ts). */
  | { ok: false; code: 'passed'; input: string; form: 'clock' | 'iso'; clock: string; suggestion: number; facts: PassedFacts; message: string };

/**
 * What a refusal of a passed time says besides the time: `+45m` for a next time within 4 hours; else that it is too far,
 * with the latest clock time within 4 hours while that is still today (passed.ts words it).
 */
function ahead(next: number, now: number, timeZone: string): Pick<PassedFacts, 'far' | 'soon' | 'until'> {
  const limit = now + NEXT_UPDATE_MAX_MS;
  const w = wallClock(limit, timeZone);
  return { far: next - now > NEXT_UPDATE_MAX_MS, soon: soonAfter(next, now), until: w.day === wallClock(now, timeZone).day ? exampleClock(timeZone, w.hour, w.minute) : undefined };
}

/**
 * The first instant after `now` at which the zone's clock shows `hour:minute` (today or tomorrow; the first of two
 * the night the clocks go back); tomorrow's skipped time reads as `fromWallClock` does, an hour on.
 */
function nextClock(now: number, hour: number, minute: number, timeZone: string, days = [0, 1]): number {
  const d = wallClock(now, timeZone);
  for (const n of days) {
    const at = firstAfter(now, d.year, d.month, d.day + n, hour, minute, timeZone);
    if (at !== undefined) return at;
  }
  return fromWallClock(d.year, d.month, d.day + 1, hour, minute, timeZone);
}

type Skipped = Extract<WhenReading, { form: 'skipped' }>;

/**
 * The refusal of a wall time the zone's clock skips that day (02:30 the night the clocks go forward in Amsterdam),
 * while the jump is still ahead; else undefined. `dated`: the time was typed with its date (or as tomorrow's).
 */
function skipped(input: string, now: number, w: { year: number; month: number; day: number }, h: number, m: number, clock: string, timeZone: string, dated = false): Skipped | undefined {
  const gap = skippedBy(w.year, w.month, w.day, h, m, timeZone);
  if (!gap || gap.at <= now) return undefined;
  const hm = ([a, b]: [number, number]) => exampleClock(timeZone, a, b);
  const day = dated ? isoInZone(gap.at, timeZone).slice(0, 10) : undefined;
  const facts: SkippedFacts = { clock, zone: timeZone, day, from: hm(gap.from), to: hm(gap.to), soon: soonAfter(gap.at, now) };
  return { ok: false, code: 'format', input, form: 'skipped', facts, message: SKIPPED_SAID.en(facts) };
}

/** "morgen om 7:00", "morgen 7.00 uur", "tomorrow at 7am": that clock time tomorrow in the zone (or its refusal when skipped); else undefined. */
function tomorrowAt(input: string, typed: string, now: number, timeZone: string): number | Skipped | undefined {
  const m = /^(?:morgen|tomorrow)\s+(?:(?:om|at)\s+)?(\S.*)$/i.exec(typed);
  const twelve = m ? twelveHour(m[1]!) : 'invalid';
  // A bare hour too: "morgen 9", "tomorrow at 9".
  const hm = twelve === 'invalid' ? undefined : clockParts(twelve?.text ?? m![1]!) ?? (/^\d{1,2}$/.test(m![1]!) ? { h: Number(m![1]), m: 0 } : undefined);
  if (!hm || hm.h > 23 || hm.m > 59) return undefined;
  const d = wallClock(now, timeZone);
  const clock = typeof twelve === 'object' ? twelve.clock : `${pad(hm.h)}:${pad(hm.m)}`;
  const days = tomorrowDays(d, hm.h, hm.m);
  return skipped(input, now, { ...d, day: d.day + days }, hm.h, hm.m, clock, timeZone, true) ?? nextClock(now, hm.h, hm.m, timeZone, [days]);
}

/**
 * Reads a "next update" the way people type it, for the CLI and the editor alike: `+15m`, `+1h`,
 * `+1d`, `+30` (minutes), `+2 uur`; `HH:MM` (also `14.30`, `14h30`, `14.30 uur`, `2:30 PM`, `2pm`) today in the feed's zone; or an
 * RFC 3339 time (with any offset; without one, in the feed's zone); `morgen om 7:00`, `tomorrow at 7am`, as the refusal of
 * a time that has passed words its suggestion. A time that has passed is refused, never silently moved.
 */
export function readWhen(input: string, { now, timeZone }: WhenOptions): WhenReading {
  // "4:00 AM CST", "14:00 UTC": on the clock the abbreviation names (zone-words.ts).
  const zoned = readZoned<WhenReading>(input, 'ahead', { now, timeZone }, { read: (text, zone) => readWhen(text, { now, timeZone: zone }), accept: (ms) => ({ ok: true, ms, iso: isoUtc(ms) }), refuse: (p) => typedRefusal(input, p) });
  if (zoned) return zoned;
  // Said in words ("over 2 uur", "kwart over 3"), and a day written out ("4-12 18:00", "vandaag 18:00"): read as the
  // time they name (spoken-times.ts, day-words.ts).
  const said = spokenText(input, 'ahead');
  if ('problem' in said) return typedRefusal(input, onClock(said.problem, timeZone));
  const typed = datedText(said.text, now, timeZone);
  try {
    zoneOffsetMs(now, timeZone);
    const rel = /^\+\s*(\d{1,6})\s*([a-z]*)$/i.exec(typed);
    const unit = rel ? UNIT_WORDS[rel[2]!.toLowerCase()] : undefined;
    if (rel && unit) {
      const ms = now + Number(rel[1]) * unit;
      return { ok: true, ms, iso: isoUtc(ms) };
    }
    const next = tomorrowAt(input, typed, now, timeZone);
    if (typeof next === 'number') return { ok: true, ms: next, iso: isoUtc(next) };
    if (next) return next;
    const twelve = twelveHour(typed);
    const clockRule = isNanpZone(timeZone) ? 'use a time such as 2:30 PM, or HH:MM between 00:00 and 23:59' : 'use HH:MM between 00:00 and 23:59';
    if (twelve === 'invalid') return { ok: false, code: 'format', input, form: 'clock', message: `${typed} is not a clock time; ${clockRule}` };
    const s = twelve?.text ?? typed;
    const hm = clockParts(s);
    if (hm) {
      const { h, m } = hm;
      if (h > 23 || m > 59) return { ok: false, code: 'format', input, form: 'clock', message: `${s} is not a clock time; ${clockRule}` };
      const today = wallClock(now, timeZone);
      // The first such time still ahead: typed at 02:10 the night the clocks go back, 02:30 is in 20 minutes, not 80.
      const at = firstAfter(now, today.year, today.month, today.day, h, m, timeZone);
      if (at !== undefined) return { ok: true, ms: at, iso: isoUtc(at) };
      // On a US or Canadian clock "3:00" typed bare at 2:10 PM is 3:00 PM: the other half of the day, when it is ahead
      // within the hours a promise may reach. "12:15" at 11:50 PM is said back as 12:15 AM, tomorrow's (never moved silently).
      const bare = isNanpZone(timeZone) && !twelve && !said.said && /^(?:at )?(?:[1-9]|1[0-2])[:.]\d{2}$/i.test(said.text);
      const half = bare && h < 12 ? firstAfter(now, today.year, today.month, today.day, h + 12, m, timeZone) : undefined;
      if (half !== undefined && half - now <= NEXT_UPDATE_MAX_MS) return { ok: true, ms: half, iso: isoUtc(half) };
      const hh = bare && h === 12 && nextClock(now, 0, m, timeZone, [1]) - now <= NEXT_UPDATE_MAX_MS ? 0 : h;
      // Said back as typed: "2:30 PM" on the 12-hour clock (a bare "1:00" too: "1:00 AM"), else "14:30". A 7:00 typed
      // without AM or PM may be 19:00.
      const clock = twelve?.clock ?? exampleClock(timeZone, hh, m);
      // Skipped today, or passed today and skipped tomorrow (typed the evening before the clocks go forward, when "did
      // you mean tomorrow 02:30?" offered a time that does not exist): the jump and what to type instead.
      const gap = skipped(input, now, today, hh, m, clock, timeZone) ?? skipped(input, now, { ...today, day: today.day + 1 }, hh, m, clock, timeZone, true);
      if (gap) return gap;
      const suggestion = nextClock(now, hh, m, timeZone, [1]);
      const pm = !twelve && hh >= 1 && hh < 12 ? fromWallClock(today.year, today.month, today.day, hh + 12, m, timeZone) : NaN;
      const evening = pm > now && pm - now <= NEXT_UPDATE_MAX_MS ? exampleClock(timeZone, hh + 12, m) : undefined;
      const facts: PassedFacts = { form: 'clock', typed, clock, next: isoInZone(suggestion, timeZone).slice(0, 10), evening, ...ahead(suggestion, now, timeZone) };
      return { ok: false, code: 'passed', input, form: 'clock', clock, suggestion, facts, message: PASSED_SAID.en(facts) };
    }
    let ms = parseIsoTime(s, timeZone);
    const local = RFC3339.exec(s);
    if (local && !local[7] && !Number.isNaN(ms)) {
      // A date and time without an offset is a wall time in the zone: read as HH:MM is (the first still ahead; skipped, refused).
      const [Y, M, D, H, MI] = local.slice(1, 6).map(Number) as [number, number, number, number, number];
      const gap = skipped(input, now, { year: Y, month: M, day: D }, H, MI, twelve?.clock ?? `${pad(H)}:${pad(MI)}`, timeZone, true);
      if (gap) return gap;
      const sec = ms - fromWallClock(Y, M, D, H, MI, timeZone);
      ms = (firstAfter(now - sec, Y, M, D, H, MI, timeZone) ?? ms - sec) + sec;
    }
    // "12/4" in London when 4 December is meant: said, not promised for April.
    const order = Number.isNaN(ms) || ms <= now || ms - now > NEXT_UPDATE_MAX_MS ? dateOrder(said.text, now, timeZone) : undefined;
    if (order) return typedRefusal(input, order);
    const weekday = Number.isNaN(ms) ? wrongWeekday(input, now, timeZone) : undefined;
    if (weekday) return { ok: false, code: 'format', input, form: 'weekday', facts: weekday, message: WEEKDAY_SAID.en(weekday) };
    const problem = Number.isNaN(ms) ? dateProblem(said.text, now, timeZone) : undefined;
    if (problem) return typedRefusal(input, problem);
    // "4-12 25:00": the date is fine, the clock is not.
    const clock = Number.isNaN(ms) ? / (\d{1,2}):(\d{2})$/.exec(typed) : null;
    if (clock && (Number(clock[1]) > 23 || Number(clock[2]) > 59)) return { ok: false, code: 'format', input, form: 'clock', message: `${clock[1]}:${clock[2]} is not a clock time; ${clockRule}` };
    if (Number.isNaN(ms)) {
      return { ok: false, code: 'format', input, form: 'other', message: `"${input}" is not a time; use +15m, +1h, a clock time such as ${exampleClock(timeZone)} (${timeZone}) or a date and time such as ${exampleWhen(now, timeZone, 'en')}` };
    }
    if (ms > now) return { ok: true, ms, iso: isoUtc(ms) };
    const w = wallClock(ms, timeZone);
    const suggestion = nextClock(now, w.hour, w.minute, timeZone);
    // The next such time as a desk types it and this reads back ("2026-12-05 00:15", "2026-12-05 1:00 AM"), not an ISO time with its offset.
    const at = wallClock(suggestion, timeZone);
    const again = `${isoInZone(suggestion, timeZone).slice(0, 10)} ${exampleClock(timeZone, at.hour, at.minute)}`;
    const facts: PassedFacts = { form: 'iso', typed, clock: clockIn(ms, timeZone), next: again, ...ahead(suggestion, now, timeZone) };
    return { ok: false, code: 'passed', input, form: 'iso', clock: facts.clock, suggestion, facts, message: PASSED_SAID.en(facts) };
  } catch (e) {
    if (e instanceof TimeError) return { ok: false, code: 'zone', input, message: e.message };
    throw e;
  }
}

const typedRefusal = (input: string, facts: TypedProblem): WhenReading => ({ ok: false, code: 'format', input, form: 'typed', facts, message: TYPED_SAID.en(facts) });

/** `readWhen` for callers that want the UTC ISO time or a `TimeError` with a sentence to act on (`--next-update`). */
export function parseWhen(input: string, options: WhenOptions): string {
  const r = readWhen(input, options);
  if (r.ok) return r.iso;
  throw new TimeError(r.code, r.message);
}

/** Where a document holds times, as paths (`*` for every array item). */
const TIME_FIELDS = ['issued_at', 'expires_at', 'incidents/*/started_at', 'incidents/*/updated_at', 'incidents/*/confirmed_at', 'incidents/*/resolved_at', 'incidents/*/next_update_at', 'incidents/*/updates/*/at', 'channels/*/wait_updated_at'] as const;

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
