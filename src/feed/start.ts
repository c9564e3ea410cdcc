/**
 * When an incident started, the way a desk says it 40 minutes after the outage began: `01:35`
 * (the last time the feed's clock showed it), `-40m`, or an ISO time. One rule for every tool:
 * a start may not lie in the future beyond a small tolerance for clock differences; lint's
 * `started-in-future` and the studio's "Started at" field both ask `startProblem`.
 * Pure: the clock and the zone are passed in.
 */
import { isNanpZone } from './dialling.js';
import { datedText, dateOrder, dateProblem, WEEKDAY_SAID, wrongWeekday, type WeekdayFacts } from './day-words.js';
import { onClock, spokenText, TYPED_SAID, type TypedProblem } from './spoken-times.js';
import { readZoned } from './zone-words.js';
import { clockParts, exampleClock, fromWallClock, isoInZone, isoUtc, parseIsoTime, TimeError, twelveHour, UNIT_WORDS, wallClock, zoneOffsetMs, type WhenOptions } from './times.js';

/** How far ahead of the clock a start may be: the desk's computer and the server rarely agree to the second. */
export const START_TOLERANCE_MS = 5 * 60_000;

/** Why a start time cannot be used at `now` ('future'), or undefined when it can. */
export const startProblem = (ms: number, now: number): 'future' | undefined => (ms - now > START_TOLERANCE_MS ? 'future' : undefined);

/** What a typed start means; a start in the future still carries its instant (a form shows it with lint's finding). */
export type StartReading =
  | { ok: true; ms: number; iso: string }
  | { ok: false; code: 'format' | 'zone'; input: string; message: string; weekday?: WeekdayFacts; problem?: TypedProblem }
  | { ok: false; code: 'future'; input: string; ms: number; iso: string; message: string };


/**
 * The latest instant the zone's clock showed `h:m` that is not in the future: today's, else yesterday's (`23:50` typed at
 * 00:10). Today's stays when it is at most 2 hours ahead, to be refused as in the future: "02:16" typed at 02:10 was
 * silently yesterday's, nearly a day before.
 */
function latestClock(h: number, m: number, now: number, timeZone: string): number {
  const today = wallClock(now, timeZone);
  const ms = fromWallClock(today.year, today.month, today.day, h, m, timeZone);
  // The night the clocks go back, 01:40 happens twice: typed for 50 minutes ago, it is the first one, not yesterday.
  const first = ms - (zoneOffsetMs(ms - 10_800_000, timeZone) - zoneOffsetMs(ms, timeZone));
  if (startProblem(ms, now) && first < ms && !startProblem(first, now) && wallClock(first, timeZone).hour === h) return first;
  if (startProblem(ms, now) && ms - now > 2 * 3_600_000) return fromWallClock(today.year, today.month, today.day - 1, h, m, timeZone);
  return ms;
}

/**
 * Reads a start time: `-40m`, `-2h`, `-20 minuten`, `-40` (minutes) back from now; `HH:MM` (also `01.35`, `1h35`, `1.35 uur`, `1:35 AM`)
 * as the latest such clock time in the feed's zone that is not in the future (so `23:50` typed at
 * 00:10 is yesterday); or an RFC 3339 time (without an offset: in the feed's zone).
 */
export function readStart(input: string, { now, timeZone }: WhenOptions): StartReading {
  // "9:30 PM ET", "01:10 UTC": on the clock the abbreviation names (zone-words.ts).
  const zoned = readZoned<StartReading>(input, 'back', { now, timeZone }, {
    read: (text, zone) => readStart(text, { now, timeZone: zone }),
    accept: (ms) => ({ ok: true, ms, iso: isoUtc(ms) }),
    refuse: (problem) => ({ ok: false, code: 'format', input, message: TYPED_SAID.en(problem), problem }),
    future: (ms) => !!startProblem(ms, now),
  });
  if (zoned) return zoned;
  // Said in words ("40 minuten geleden", "kwart over 1"), or with the day written out ("gisteren 23:50").
  const said = spokenText(input, 'back');
  if ('problem' in said) {
    const problem = onClock(said.problem, timeZone);
    return { ok: false, code: 'format', input, message: TYPED_SAID.en(problem), problem };
  }
  const typed = datedText(said.text, now, timeZone, 'back');
  const twelve = twelveHour(typed);
  const clockRule = isNanpZone(timeZone) ? 'use a time such as 1:35 AM, or HH:MM between 00:00 and 23:59' : 'use HH:MM between 00:00 and 23:59';
  if (twelve === 'invalid') return { ok: false, code: 'format', input, message: `${typed} is not a clock time; ${clockRule}` };
  const s = twelve?.text ?? typed;
  try {
    zoneOffsetMs(now, timeZone);
    const ago = /^-\s*(\d{1,5})\s*([a-z]*)$/i.exec(s);
    const unit = ago ? UNIT_WORDS[ago[2]!.toLowerCase()] : undefined;
    let ms = NaN;
    if (ago && unit) ms = now - Number(ago[1]) * unit;
    const hm = clockParts(s);
    if (hm) {
      const { h, m } = hm;
      if (h > 23 || m > 59) return { ok: false, code: 'format', input, message: `${s} is not a clock time; ${clockRule}` };
      ms = latestClock(h, m, now, timeZone);
      // On a US or Canadian clock "9:30" typed bare at 10 p.m. is 9:30 PM, half an hour ago, not 9:30 this morning; so is
      // "sinds 9 uur" anywhere: the later of the two, unless it is more than half an hour ahead ("sinds 4 uur" at 14:10
      // is 04:00, not 16:00 refused as in the future; "9:30" at 9:20 PM is refused, not this morning's). Not "09:30",
      // "noon", "9 in the morning": they say which.
      const bare = isNanpZone(timeZone) && !said.said && /^(?:[1-9]|1[0-2])(?::\d{2})?$/.test(said.text);
      if ((bare || said.either) && !startProblem(ms, now)) {
        const other = latestClock(h === 12 ? 0 : h + 12, m, now, timeZone);
        if (other > ms && other - now <= 30 * 60_000) ms = other;
      }
    }
    if (Number.isNaN(ms) && !ago) ms = parseIsoTime(s, timeZone);
    const order = Number.isNaN(ms) || startProblem(ms, now) || now - ms > 2 * 86_400_000 ? dateOrder(said.text, now, timeZone) : undefined;
    if (order) return { ok: false, code: 'format', input, message: TYPED_SAID.en(order), problem: order };
    const weekday = Number.isNaN(ms) ? wrongWeekday(input, now, timeZone) : undefined;
    if (weekday) return { ok: false, code: 'format', input, message: WEEKDAY_SAID.en(weekday), weekday };
    const problem = Number.isNaN(ms) ? dateProblem(said.text, now, timeZone, 'back') : undefined;
    if (problem) return { ok: false, code: 'format', input, message: TYPED_SAID.en(problem), problem };
    if (Number.isNaN(ms)) return { ok: false, code: 'format', input, message: `"${input}" is not a time; use a clock time such as ${exampleClock(timeZone, 1, 35)} (${timeZone}), -40m for 40 minutes ago, or a date and time such as ${isoInZone(now - 3_600_000, timeZone)}` };
    if (startProblem(ms, now)) return { ok: false, code: 'future', input, ms, iso: isoUtc(ms), message: `${typed} is in the future; give the time the problem began (now or earlier)` };
    return { ok: true, ms, iso: isoUtc(ms) };
  } catch (e) {
    if (e instanceof TimeError) return { ok: false, code: 'zone', input, message: e.message };
    throw e;
  }
}
