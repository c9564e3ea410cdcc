/**
 * An example date that reads one way only, and the check for a numeric date typed in the other order. Trial T: on a US
 * desk "17-12 1:00 AM" (a day-first habit) was "not a time still to come", which sent the desk looking for a clock
 * problem, and the example "10-12 12:01 AM" reads as 12 October to some and 10 December to others. Numbers are read
 * month first on a US or Canadian clock, day first elsewhere (day-words.ts), so the example's day is above 12.
 */
import { isNanpZone } from './dialling.js';
import { exampleClock } from './clock-words.js';
import { wallClock } from './wall-clock.js';

/** The first day from tomorrow on whose day of the month is above 12, at 1 AM, written in the zone's order: "12-17 1:00 AM", "17-12 01:00". */
export function dateExample(now: number, timeZone: string): string {
  const t = wallClock(now, timeZone);
  for (let i = 1; ; i++) {
    const d = new Date(Date.UTC(t.year, t.month - 1, t.day + i));
    const [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
    if (day > 12) return `${isNanpZone(timeZone) ? `${month}-${day}` : `${day}-${month}`} ${exampleClock(timeZone, 1, 0)}`;
  }
}

/** A numeric date ("17-12", "17/12/2026", "Thu 17-12") that is a date only in the other order than the zone reads. */
export function inOtherOrder(typed: string, timeZone: string): boolean {
  const m = /^\s*(?:\p{L}+\.?,?\s+)?(\d{1,2})[-/](\d{1,2})(?:[-/]\d{2}(?:\d{2})?)?(?!\d)/u.exec(typed);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = isNanpZone(timeZone) ? [a, b] : [b, a];
  return month > 12 && month <= 31 && day >= 1 && day <= 12;
}

/**
 * inOtherOrder, and the date it names in the other order exists (a leap year's February may have 29 days): "17-12" on a
 * US desk is 17 December ([12, 17]), "31-2" no date at all. For the CLI's refusal (day-words.ts dateOrder), which said a
 * bare "is not a time" (trial T's "17-12 1:00 AM" typed as `new incident --starts` on a Chicago desk).
 */
export function otherOrderDate(typed: string, timeZone: string): [month: number, day: number] | undefined {
  if (!inOtherOrder(typed, timeZone)) return undefined;
  const [a, b] = /(\d{1,2})[-/](\d{1,2})/.exec(typed)!.slice(1).map(Number) as [number, number];
  const [month, day] = isNanpZone(timeZone) ? [b, a] : [a, b];
  return day <= new Date(Date.UTC(2024, month, 0)).getUTCDate() ? [month, day] : undefined;
}
