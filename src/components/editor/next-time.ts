/**
 * Reads what a publisher types for "next update": `+30m`, `+1h`, `14:30` in the feed's time zone,
 * or an ISO time. A clock time that has passed is refused with a suggestion ("did you mean
 * tomorrow?"), never silently moved. Pure: no DOM.
 */
import { isoSeconds } from '../../feed/update.js';
import { formatRelative } from '../../i18n/lang.js';

export type NextTime =
  | { ok: true; iso: string }
  | { ok: false; reason: 'unreadable'; input: string }
  | { ok: false; reason: 'passed'; input: string; clock: string; suggestion: string };

/** The offset of `zone` from UTC at instant `ms`, in milliseconds. */
export function zoneOffset(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant the wall clock in `zone` shows `hour:minute` on the day it is at `now` (plus `days`). */
export function wallClock(now: number, zone: string, hour: number, minute: number, days = 0): number {
  const local = new Date(now + zoneOffset(now, zone));
  const guess = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, hour, minute);
  // Two passes settle the offset around a daylight-saving change.
  const first = guess - zoneOffset(guess, zone);
  return guess - zoneOffset(first, zone);
}

/** HH:MM in a zone. */
export function clockIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}

const UNITS: Record<string, number> = { m: 60_000, min: 60_000, mins: 60_000, minutes: 60_000, h: 3_600_000, u: 3_600_000, uur: 3_600_000, hour: 3_600_000, hours: 3_600_000 };

export function parseNextTime(input: string, now: number, zone: string): NextTime {
  const s = input.trim().toLowerCase();
  const rel = /^\+\s*(\d{1,4})\s*([a-z]*)$/.exec(s);
  if (rel) {
    const unit = rel[2] ? UNITS[rel[2]] : 60_000;
    if (unit) return { ok: true, iso: isoSeconds(now + Number(rel[1]) * unit) };
  }
  const hm = /^(\d{1,2})[:.h](\d{2})$/.exec(s);
  if (hm && Number(hm[1]) < 24 && Number(hm[2]) < 60) {
    const at = wallClock(now, zone, Number(hm[1]), Number(hm[2]));
    const clock = `${hm[1]!.padStart(2, '0')}:${hm[2]}`;
    if (at > now) return { ok: true, iso: isoSeconds(at) };
    return { ok: false, reason: 'passed', input, clock, suggestion: isoSeconds(wallClock(now, zone, Number(hm[1]), Number(hm[2]), 1)) };
  }
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}/.test(s)) {
    const ms = Date.parse(input.trim());
    if (!Number.isNaN(ms)) {
      if (ms > now) return { ok: true, iso: isoSeconds(ms) };
      return { ok: false, reason: 'passed', input, clock: clockIn(ms, zone), suggestion: isoSeconds(ms + 86_400_000) };
    }
  }
  return { ok: false, reason: 'unreadable', input };
}

/** Year, month (0-based) and day of an instant in a zone. */
export function ymd(ms: number, zone: string): [number, number, number] {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms).split('-').map(Number);
  return [p[0]!, p[1]! - 1, p[2]!];
}

/** "14:30 (in 30 minutes)" today, "tomorrow at 10:30" / "morgen om 10:30" on another day, in the feed's zone. */
export function describeTime(ms: number, now: number, zone: string, ui: string): string {
  const day = Math.round((Date.UTC(...ymd(ms, zone)) - Date.UTC(...ymd(now, zone))) / 86_400_000);
  const clock = new Intl.DateTimeFormat(ui, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(ms);
  if (day === 0) return `${clock} (${formatRelative(ms, ui, now)})`;
  return `${new Intl.RelativeTimeFormat(ui, { numeric: 'auto' }).format(day, 'day')} ${ui === 'nl' ? 'om' : 'at'} ${clock}`;
}
