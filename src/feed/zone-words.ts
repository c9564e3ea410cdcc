/**
 * A time typed with a time-zone abbreviation: "4:00 AM CST", "4pm CT", "14:00 CET", "9pm GMT", "06:00 UTC". A US desk
 * typed "4:00 AM CST" and was told it is not a time. The abbreviation names a region: when it is the feed's own ("CST" on
 * Chicago time, also in summer, when the clock says CDT: desks write CST all year; "CET" in Amsterdam; "GMT" in London),
 * the time is read on the feed's clock as if the abbreviation were not there; when it names another region ("3:00 PM CT"
 * in a New York feed, "14:00 UTC" in Amsterdam) it is read on that region's clock, which is what it says (the studio and
 * the CLI then say it on the feed's clock: "Promised: 15:00"). An abbreviation not listed ("IST": Irish, Indian or
 * Israeli) stays in the text, where it is refused as before. Pure: no DOM; the parser is passed in (times.ts, start.ts).
 */
import { clockParts, exampleClock, twelveHour } from './clock-words.js';
import type { TypedProblem } from './day-words.js';
import { fromWallClock, wallClock, zoneOffsetMs } from './wall-clock.js';

/** Each abbreviation's region, as a zone whose clock it names (standard and daylight alike). */
const REGIONS: Record<string, readonly string[]> = {
  'America/New_York': ['ET', 'EST', 'EDT'],
  'America/Chicago': ['CT', 'CST', 'CDT'],
  'America/Denver': ['MT', 'MST', 'MDT'],
  'America/Los_Angeles': ['PT', 'PST', 'PDT'],
  'America/Anchorage': ['AKST', 'AKDT'],
  'Pacific/Honolulu': ['HST'],
  'America/Halifax': ['AST', 'ADT'],
  'America/St_Johns': ['NST', 'NDT'],
  UTC: ['UTC', 'UT'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Paris': ['CET', 'CEST', 'MET', 'MEST'],
  'Europe/Athens': ['EET', 'EEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
};
const REGION_OF = new Map(Object.entries(REGIONS).flatMap(([zone, abbrs]) => abbrs.map((a) => [a, zone] as const)));
/** Also typed in small letters ("4am cst", "14:00 utc"); the others only in capitals ("ET", "PT", "MET": Dutch "met" is "with"). */
const ANY_CASE = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'UTC', 'GMT', 'BST', 'CET', 'CEST']);
/** After a time: a digit, am/pm, noon, uur; the abbreviation, perhaps in brackets. */
const SUFFIX = /^(.*(?:\d|[ap]\.?m\.?|noon|midnight|middag|middernacht|uur))\s*\(?([A-Za-z]{2,4})\)?\.?$/i;

export interface ZoneWord {
  /** What was typed without the abbreviation. */
  text: string;
  /** The abbreviation, in capitals. */
  abbr: string;
  /** The zone of the region it names. */
  region: string;
}

/** The abbreviation at the end of a typed time, if it is one listed; else undefined. */
export function zoneWord(typed: string): ZoneWord | undefined {
  const m = SUFFIX.exec(typed.trim());
  const abbr = m?.[2]!.toUpperCase();
  if (!m || !abbr || (m[2] !== abbr && !ANY_CASE.has(abbr))) return undefined;
  const region = REGION_OF.get(abbr);
  return region ? { text: m[1]!.trim(), abbr, region } : undefined;
}

/** The zone's own abbreviation at `ms` as a US reader sees it ("MST" in Phoenix all year); "GMT+1" where it has none. */
const shortName = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

/** True when `word` names the clock of `timeZone` at `ms`: the same region, the same offset then, or the zone's own name for it. */
export function namesZone(word: ZoneWord, ms: number, timeZone: string): boolean {
  if (word.region === timeZone || shortName(ms, timeZone) === word.abbr) return true;
  // "GMT" in London in summer is UK time as desks write it, not an hour off: the region's offset counts, not the letter.
  return zoneOffsetMs(ms, word.region) === zoneOffsetMs(ms, timeZone);
}

type Reading = { ok: true; ms: number } | { ok: false };

/**
 * Reads `input` when it ends in a listed abbreviation: on the feed's clock when the abbreviation names it, else as the
 * same moment on the feed's clock ("14:00 UTC" in Amsterdam is read as 15:00, so a day is the desk's day), or for a date
 * and time on the clock it names (`read` is the parser, given the text and a zone). Undefined when there is no
 * abbreviation. One that cannot be read so is refused with the time it is on the feed's clock and why: a next update
 * that has passed there, a start still to come.
 */
export function readZoned<R extends Reading>(input: string, toward: 'ahead' | 'back', { now, timeZone }: { now: number; timeZone: string }, read: (text: string, zone: string) => R, refuse: (p: TypedProblem) => R): R | undefined {
  const word = zoneWord(input);
  if (!word) return undefined;
  const own = read(word.text, timeZone);
  if (namesZone(word, own.ok ? own.ms : now, timeZone)) return own;
  const clock = onFeedClock(word, now, timeZone);
  const there = read(clock ?? word.text, clock ? timeZone : word.region);
  return there.ok ? there : refuse({ kind: 'zone', typed: input.trim(), abbr: word.abbr, timeZone, clock, toward });
}

/** "14:00" typed as UTC, on the feed's clock ("15:00" in Amsterdam; "9:00 AM" on a US clock); undefined when it is no clock time. */
function onFeedClock(word: ZoneWord, now: number, timeZone: string): string | undefined {
  const twelve = twelveHour(word.text);
  if (twelve === 'invalid') return undefined;
  const hm = clockParts(twelve?.text ?? word.text);
  if (!hm || hm.h > 23 || hm.m > 59) return undefined;
  const day = wallClock(now, word.region);
  const at = wallClock(fromWallClock(day.year, day.month, day.day, hm.h, hm.m, word.region), timeZone);
  return exampleClock(timeZone, at.hour, at.minute);
}
