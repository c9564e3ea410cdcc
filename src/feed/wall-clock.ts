/**
 * Wall-clock arithmetic in an IANA zone, the nights the clocks change included: the offset at an
 * instant, the day and clock time of an instant, and back from a wall time to the instants it names.
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

const DAY = 86_400_000;

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

/**
 * Every instant at which the zone's clock shows a wall time, earliest first: one on most days; two the night
 * the clocks go back (Amsterdam's 02:30 first in summer time, an hour later again in winter time); none in
 * the hour skipped when they go forward.
 */
export function wallInstants(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number[] {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side are the ones before and after a change (no zone changes twice in two days).
  const offsets = new Set([zoneOffsetMs(guess - DAY, timeZone), zoneOffsetMs(guess + DAY, timeZone)]);
  return [...offsets].map((o) => guess - o).filter((ms) => zoneOffsetMs(ms, timeZone) === guess - ms).sort((a, b) => a - b);
}

/** True when two instants fall on the same calendar day in the zone. */
export function sameDay(a: number, b: number, timeZone: string): boolean {
  const [x, y] = [wallClock(a, timeZone), wallClock(b, timeZone)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/**
 * The first instant after `now` at which the zone's clock shows the wall time on that day; undefined when it
 * has passed or the day skips it. A desk typing 02:30 at 02:10 the night the clocks go back means in 20
 * minutes, not the second 02:30 an hour later (`fromWallClock` alone gives that one).
 */
export function firstAfter(now: number, year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number | undefined {
  return wallInstants(year, month, day, hour, minute, timeZone).find((ms) => ms > now);
}

/**
 * The clock change that skips a wall time (02:30 the night the clocks go forward): its instant and the clock
 * times either side of the jump as [hour, minute] ("02:00" to "03:00"); undefined when the day has that time.
 */
export function skippedBy(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): { at: number; from: [number, number]; to: [number, number] } | undefined {
  if (wallInstants(year, month, day, hour, minute, timeZone).length) return undefined;
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const before = zoneOffsetMs(guess - DAY, timeZone);
  // The change lies between the wall time read on the clock after it and on the clock before it: halved to the minute.
  let [lo, hi] = [guess - zoneOffsetMs(guess + DAY, timeZone), guess - before];
  while (hi - lo > 60_000) {
    const mid = lo + Math.max(60_000, Math.floor((hi - lo) / 120_000) * 60_000);
    if (zoneOffsetMs(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  const hm = (ms: number): [number, number] => [new Date(ms).getUTCHours(), new Date(ms).getUTCMinutes()];
  return { at: hi, from: hm(hi + before), to: hm(hi + zoneOffsetMs(hi, timeZone)) };
}
