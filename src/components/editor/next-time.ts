/**
 * The editor's side of "next update": reading what was typed is `readWhen` in src/feed/times.ts,
 * the same parser as `clearline update --next-update`; here only how the editor says the result
 * ("14:30 (in 30 minutes)", "tomorrow at 10:30"). Pure: no DOM.
 */
import type { PassedFacts, SkippedFacts } from '../../feed/passed.js';
import { isoUtc, sameDay, wallClock, zoneOf } from '../../feed/times.js';
import { readDailyWhen } from '../../feed/daily-when.js';
import { dayText, type WeekdayFacts } from '../../feed/day-words.js';
import type { TypedProblem } from '../../feed/spoken-times.js';
import { formatRelative } from '../../i18n/lang.js';
import { isNanpZone } from '../../feed/dialling.js';
import { clockFormat, timeLocale } from './locale.js';

export { clockFormat, sameDay, timeLocale };

export type NextTime =
  | { ok: true; iso: string }
  | { ok: false; reason: 'unreadable'; input: string }
  | { ok: false; reason: 'passed'; input: string; clock: string; suggestion: string; facts: PassedFacts }
  /** A clock time the zone skips today (02:30 the night the clocks go forward), said as the CLI says it. */
  | { ok: false; reason: 'skipped'; input: string; facts: SkippedFacts }
  /** A date with another weekday than its own ("zo 5 dec"), said as the CLI says it (feed/day-words.ts). */
  | { ok: false; reason: 'weekday'; input: string; facts: WeekdayFacts }
  /** Refused with its own reason ("half 3", "31-11 10:00", "4 dec" without a time), said as the CLI says it (feed/spoken-times.ts). */
  | { ok: false; reason: 'typed'; input: string; facts: TypedProblem };

/**
 * What the publisher typed, read in the feed's zone; a clock time that has passed carries its "did you mean" time and the
 * facts `clearline update --next-update` says it with (feed/passed.ts), so both say a time too far ahead the same way.
 */
export function parseNextTime(input: string, now: number, zone: string, daily = false): NextTime {
  // Daily (the "Daily updates" box, daily-box.ts): 09:00 typed at 14:00 is tomorrow's, as `update --daily` reads it.
  const r = readDailyWhen(input, { now, timeZone: zone, daily });
  if (r.ok) return { ok: true, iso: r.iso };
  if (r.code === 'passed') return { ok: false, reason: 'passed', input, clock: r.clock, suggestion: isoUtc(r.suggestion), facts: r.facts };
  if (r.code === 'format' && r.form === 'skipped') return { ok: false, reason: 'skipped', input, facts: r.facts };
  if (r.code === 'format' && r.form === 'weekday') return { ok: false, reason: 'weekday', input, facts: r.facts };
  if (r.code === 'format' && r.form === 'typed') return { ok: false, reason: 'typed', input, facts: r.facts };
  return { ok: false, reason: 'unreadable', input };
}

/** The zone the editor reads and shows times in: the feed's, while it is a real zone, else this computer's. */
export const editorZone = (feedZone: string | undefined): string => zoneOf({ time_zone: feedZone });


/**
 * "in 4 hours 2 minutes" / "over 4 uur en 2 minuten": a promise an hour or more ahead to the minute, as lint's 4-hour rule
 * says it. A bus company's desk read "Beloofd: 11:00 (over 4 uur)" right above "de volgende update komt pas over 4 uur
 * en 2 minuten". Sooner, and past times, as formatRelative says them.
 */
export function promiseIn(ms: number, now: number, ui: string): string {
  const minutes = Math.round((ms - now) / 60_000);
  if (minutes < 60 || minutes % 60 === 0) return formatRelative(ms, ui, now);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return ui === 'nl' ? `over ${h} uur en ${m} ${m === 1 ? 'minuut' : 'minuten'}` : `in ${h} ${h === 1 ? 'hour' : 'hours'} ${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

/** "14:30 (in 30 minutes)" today, "tomorrow at 10:30" / "morgen om 10:30" on another day, in the feed's zone and its region's clock (locale.ts). */
export function describeTime(ms: number, now: number, zone: string, ui: string): string {
  const dayOf = (t: number) => {
    const w = wallClock(t, zone);
    return Date.UTC(w.year, w.month - 1, w.day);
  };
  const day = Math.round((dayOf(ms) - dayOf(now)) / 86_400_000);
  const clock = clockFormat(ui, zone).format(ms);
  if (day === 0) return `${clock} (${promiseIn(ms, now, ui)})`;
  return `${new Intl.RelativeTimeFormat(ui, { numeric: 'auto' }).format(day, 'day')} ${ui === 'nl' ? 'om' : 'at'} ${clock}`;
}

/**
 * A time to follow "at" / "om" (on another day "on" / "op"): "00:05 (in 10 minutes)", "Thu 3 Dec, 00:05 (in 10 minutes)". `describeTime`
 * says another day as "tomorrow at 00:05", so a feed signed at 23:50 "expires at tomorrow at 00:05" / "verloopt om morgen om 00:05".
 */
export function atTime(ms: number, now: number, zone: string, ui: string): string {
  return `${clockOn(ms, now, zone, ui)} (${formatRelative(ms, ui, now)})`;
}

/** A time in the feed's zone and its region's clock (locale.ts), with the day when not today: "00:05", "do 3 dec, 00:05". */
export function clockOn(ms: number, now: number, zone: string, ui: string): string {
  const day = sameDay(ms, now, zone) ? {} : ({ weekday: 'short', day: 'numeric', month: 'short' } as const);
  return clockFormat(ui, zone, day).format(ms);
}

/**
 * The heartbeat prompt above the studio: the public feed "expires at 00:05 (in 10 minutes)", or once past, "expired at 00:05
 * (5 minutes ago)"; on another day "verloopt op do 3 dec, 00:05" ("om" stands only before a time).
 */
export function expiryLine(say: (time: string, passed: boolean, dated: boolean) => string, expires: number, now: number, zone: string, ui: string): string {
  return say(atTime(expires, now, zone, ui), expires <= now, !sameDay(expires, now, zone));
}

/** A time for the next-update field, as the desk reads the promise beside it: "12:30 PM" in English on a US or Canadian clock, "12:30" elsewhere. */
export function typedTime(iso: string, zone: string | undefined, ui: string): string {
  const twelve = ui === 'en' && isNanpZone(zone);
  return new Intl.DateTimeFormat(twelve ? 'en-US' : 'en-GB', { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit', timeZone: zone })
    .format(Date.parse(iso))
    .replace(/\s/g, ' ');
}

/**
 * The next update as the field holds it once read: the clock time ("14:30", "2:30 PM"), and on another day or more than
 * 20 hours ahead with its date as the desk writes one ("5 dec 09:00", "Dec 5 9:00 AM"), which the field reads back the same.
 * It held "2026-12-05T08:00:00Z" there, a UTC time no desk types.
 */
export function typedWhen(iso: string, now: number, zone: string, ui: 'en' | 'nl'): string {
  const ms = Date.parse(iso);
  const clock = typedTime(iso, zone, ui);
  return ms - now > 20 * 3_600_000 || !sameDay(ms, now, zone) ? `${dayText(ms, zone, ui)} ${clock}` : clock;
}
