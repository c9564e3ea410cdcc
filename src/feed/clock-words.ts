/**
 * Clock times as a desk types them, for the parsers in times.ts, start.ts and day-words.ts: the 24-hour
 * forms (`14:30`, `14.30 uur`, `8u`), the 12-hour clock (`2:30 PM`), the example a desk in a zone is shown, and the
 * units of a relative time (`+2 uur`).
 * Pure: no clock.
 */
import { isNanpZone } from './dialling.js';

/** Two digits: 7 → "07", for clock times and dates. */
export const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time typed on the 12-hour clock, at the end of what was typed ("2:30 PM", "2pm", "11:15 a.m.",
 * "2026-12-03 6 AM"), as the 24-hour HH:MM the parsers read ("14:30", "2026-12-03 06:00"), with the
 * clock as typed ("2:30 PM"); `invalid` for an hour outside 1 to 12 or minutes over 59 ("13:30 PM");
 * undefined when there is no AM or PM. Before, a Chicago desk's --next-update "2:30 PM" was "not a time".
 */
export function twelveHour(input: string): { text: string; clock: string } | 'invalid' | undefined {
  const m = /^(?:(.*\S)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(input.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[2]), Number(m[3] ?? 0)];
  if (h < 1 || h > 12 || min > 59) return 'invalid';
  const pm = m[4]!.toLowerCase() === 'p';
  const clock = `${h}:${pad(min)} ${pm ? 'PM' : 'AM'}`;
  const hm = `${pad((h % 12) + (pm ? 12 : 0))}:${pad(min)}`;
  return { text: m[1] ? `${m[1]} ${hm}` : hm, clock };
}

/** A clock time to give as an example to a desk in `timeZone`: "2:30 PM" on a US or Canadian clock, else "14:30". */
export const exampleClock = (timeZone: string, hour = 14, minute = 30): string =>
  isNanpZone(timeZone) ? `${hour % 12 || 12}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}` : `${pad(hour)}:${pad(minute)}`;

/**
 * Hours and minutes of a clock time as typed (not checked against 23:59): `14:30`, `14.30`, `14h30`,
 * `14u30`, and as a Dutch desk writes a time everywhere else, `3.15 uur` and `8 uur` (the studio's own
 * opening hours say "8.00–17.00 uur"; "3.15 uur" was "not a time"), and as a Flemish desk writes the hour, `8u`
 * ("8u" was "not a time" while "8u30" and "8 uur" were read).
 */
export function clockParts(s: string): { h: number; m: number } | undefined {
  const hm = /^(\d{1,2})(?:[:.hHuU](\d{2}))?(\s*uur|u)?$/i.exec(s.trim());
  return hm && (hm[2] !== undefined || hm[3]) ? { h: Number(hm[1]), m: Number(hm[2] ?? 0) } : undefined;
}

const UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Units after a number of a relative time (`+2 uur`, `-20 minuten`), English and Dutch. */
export const UNIT_WORDS: Record<string, number> = {
  '': UNITS.m,
  ...Object.fromEntries(['s', 'sec', 'seconds'].map((w) => [w, UNITS.s])),
  ...Object.fromEntries(['m', 'min', 'mins', 'minute', 'minutes', 'minuut', 'minuten'].map((w) => [w, UNITS.m])),
  ...Object.fromEntries(['h', 'hr', 'hour', 'hours', 'u', 'uur', 'uren'].map((w) => [w, UNITS.h])),
  ...Object.fromEntries(['d', 'day', 'days', 'dag', 'dagen'].map((w) => [w, UNITS.d])),
};
