/**
 * Opening hours a widget can read: a channel's `opening_hours`, on the feed's clock (`time_zone`), in a small part of
 * OpenStreetMap's opening_hours syntax: "24/7"; "08:00-22:00" (every day); "Mo-Fr 08:00-20:00; Sa 09:00-13:00";
 * "Mo-Fr 08:00-12:00,13:00-17:00"; "Su off"; "22:00-06:00" runs past midnight. A later rule replaces an earlier one
 * for its days, as in OpenStreetMap. Day names are case-blind, also Dutch ("ma-vr 8.00-17.00"), a time may have a
 * point, and a dash may be an en dash, as people type them.
 * A web chat open 8am–10pm was offered at 3 a.m. with "Expected wait about 15 minutes" (trial G): the free-text
 * `hours` say when to call, but nothing could tell that a line was closed now. Pure: the clock and the zone are passed in.
 */
import { zoneOffsetMinutes } from './zone.js';

/** Minutes from the start of a day: [opens, closes); `closes` past 1440 runs into the next day. */
type Span = readonly [number, number];
/** Monday first, as in ISO 8601 and OpenStreetMap. */
export type Week = Span[][];

/** English day names as in OpenStreetMap, then Dutch ones, as Dutch desks type them ("ma-vr"). */
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const dayIndex = (d: string) => DAYS.indexOf(d) % 7;
const TIME = /^(\d{1,2})[:.](\d{2})$/;
const minutes = (s: string, end: boolean): number => {
  const m = TIME.exec(s);
  const n = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  return m && Number(m[2]) < 60 && (n < 1440 || (end && n === 1440)) ? n : NaN;
};

/** The week the text means, or undefined when it is not opening hours this reads. */
export function parseOpeningHours(text: string): Week | undefined {
  const s = text.trim().replace(/[–—]/g, '-');
  const week: Week = [[], [], [], [], [], [], []];
  if (s === '24/7') return week.map(() => [[0, 1440]]);
  // A semicolon at the end, as people type lists, is no rule of its own; no rule at all is no hours.
  const rules = s.split(';').map((r) => r.trim()).filter(Boolean);
  if (!rules.length) return undefined;
  for (const rule of rules) {
    const m = /^(?:([a-z]{2}(?:-[a-z]{2})?(?:\s*,\s*[a-z]{2}(?:-[a-z]{2})?)*)\s+)?(off|closed|gesloten|[\d:.,\s-]+)$/i.exec(rule);
    if (!m) return undefined;
    const days = new Set<number>();
    for (const part of m[1]?.toLowerCase().split(',') ?? ['mo-su']) {
      const [a, b = a] = part.trim().split('-').map(dayIndex);
      if (a < 0 || b < 0) return undefined;
      // Fr-Mo wraps over the weekend.
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    }
    const spans: Span[] = [];
    if (!/^(?:off|closed|gesloten)$/i.test(m[2])) {
      for (const range of m[2].split(',')) {
        const [from, to, extra] = range.trim().split(/\s*-\s*/);
        const open = minutes(from ?? '', false);
        const close = minutes(to ?? '', true);
        if (extra !== undefined || Number.isNaN(open) || Number.isNaN(close) || open === close) return undefined;
        spans.push([open, close < open ? close + 1440 : close]);
      }
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (const d of days) week[d] = spans;
  }
  return week;
}

const DAY_MS = 86_400_000;
/** The wall clock in the zone as if it were UTC: its date and time read with getUTC*. */
const wall = (ms: number, zone?: string) => ms + zoneOffsetMinutes(ms, zone) * 60_000;

/**
 * Whether a line with these hours is closed at `now`: undefined while it is open; else the instant it next opens,
 * or null when it opens on none of the next 7 days.
 */
export function closedUntil(week: Week, now: number, zone?: string): number | null | undefined {
  const w = wall(now, zone);
  const start = w - (w % DAY_MS);
  const minute = Math.floor((w - start) / 60_000);
  const today = (new Date(start).getUTCDay() + 6) % 7;
  const yesterday = week[(today + 6) % 7];
  if (week[today].some(([a, b]) => a <= minute && minute < b) || yesterday.some(([, b]) => minute < b - 1440)) return undefined;
  for (let k = 0; k < 8; k++) {
    for (const [a] of week[(today + k) % 7]) {
      if (k === 0 && a <= minute) continue;
      // Back from the wall clock to the instant, with the offset at that instant (a DST change in between).
      const guess = start + k * DAY_MS + a * 60_000;
      const at = guess - zoneOffsetMinutes(guess - zoneOffsetMinutes(guess, zone) * 60_000, zone) * 60_000;
      if (at > now) return at;
    }
  }
  return null;
}

/** closedUntil for a channel's `opening_hours` text; undefined also when the text cannot be read (the schema refuses it). */
export function closedAt(hours: string, now: number, zone?: string): number | null | undefined {
  const week = parseOpeningHours(hours);
  return week && closedUntil(week, now, zone);
}
