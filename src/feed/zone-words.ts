/**
 * A time typed with a time-zone abbreviation: "4:00 AM CST", "4pm CT", "14:00 CET", "9pm GMT", "06:00 UTC". A US desk
 * typed "4:00 AM CST" and was told it is not a time. The abbreviation names a region: when it is the feed's own ("CST" on
 * Chicago time, also in summer, when the clock says CDT: desks write CST all year; "MT" in Phoenix; "CET" in Amsterdam;
 * "GMT" and "IST" in Dublin, "IST" in India and Israel; "EST" in Sydney), the time is read on the feed's clock as if the
 * abbreviation were not there.
 * When it names another region ("3:00 PM CT" in a New York feed, "14:00 UTC" in Amsterdam) the moments that region's
 * clock shows it are found (the nights clocks change included), and the one meant is taken as the feed's own reading
 * would take it: a next update the first still ahead, a start the last that has been (the studio and the CLI then say
 * it on the feed's clock: "Promised: 15:00"). A clock's name ("4 PM Eastern") is read as its letters, an offset ("UTC+1",
 * "UTC+5:30") as a clock without summer time. An abbreviation not listed stays in the text, refused as before. Pure.
 */
import { clockParts, exampleClock, twelveHour } from './clock-words.js';
import type { TypedProblem } from './day-words.js';
import { isNanpZone } from './dialling.js';
import { NEXT_UPDATE_MAX_MS } from './passed.js';
import { spokenText } from './spoken-times.js';
import { sameDay, wallClock, wallInstants, zoneOffsetMs } from './wall-clock.js';

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
  'Europe/London': ['BST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Paris': ['CET', 'CEST', 'MET', 'MEST'],
  'Europe/Athens': ['EET', 'EEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  // Clocks without summer time whose letters name one region (a supplier's notice from Asia or Africa).
  'Asia/Tokyo': ['JST'],
  'Asia/Seoul': ['KST'],
  'Asia/Singapore': ['SGT'],
  'Asia/Hong_Kong': ['HKT'],
  'Asia/Karachi': ['PKT'],
  'Europe/Moscow': ['MSK'],
  'Africa/Johannesburg': ['SAST'],
  'Africa/Lagos': ['WAT'],
  'Africa/Maputo': ['CAT'],
  'Africa/Nairobi': ['EAT'],
};
// GMT is UTC, except to a British or Irish desk (LOCAL), whose GMT is the clock on the wall, summer time too. Not among
// UTC's letters: London's clock says "GMT" in winter, and "01:30 UTC" the night it goes forward is 02:30 BST.
const REGION_OF = new Map([...Object.entries(REGIONS).flatMap(([zone, abbrs]) => abbrs.map((a) => [a, zone] as const)), ['GMT', 'UTC'] as const]);
/** What a desk on the feed's clock means by a letter that elsewhere names another clock: Britain's and Ireland's GMT, Ireland's IST, Australia's EST. */
const LOCAL: [RegExp, Record<string, string>][] = [
  [/^Europe\/(?:London|Dublin|Belfast)$/, { GMT: 'feed' }],
  [/^Europe\/Dublin$/, { IST: 'feed' }],
  // India's and Israel's IST: their own clock to a desk there; elsewhere IST names three clocks and is not read.
  [/^Asia\/(?:Kolkata|Calcutta)$/, { IST: 'feed' }],
  [/^(?:Asia\/(?:Jerusalem|Tel_Aviv)|Israel)$/, { IST: 'feed', IDT: 'feed' }],
  // An Australian desk's own letters are its own clock (Brisbane and Darwin have no summer time, Sydney and Adelaide do).
  [/^Australia\/(?:Sydney|Melbourne|Brisbane|Hobart|Canberra|ACT|NSW|Victoria|Queensland|Tasmania|Lindeman|Currie)$/, { EST: 'feed', EDT: 'feed', AEST: 'feed', AEDT: 'feed' }],
  [/^Australia\/(?:Adelaide|Darwin|Broken_Hill|South|North)$/, { CST: 'feed', CDT: 'feed', ACST: 'feed', ACDT: 'feed' }],
  [/^Australia\/(?:Perth|West)$/, { WST: 'feed', AWST: 'feed' }],
  [/^Australia\//, { EST: 'Australia/Sydney', EDT: 'Australia/Sydney', CST: 'Australia/Adelaide', CDT: 'Australia/Adelaide', WST: 'Australia/Perth' }],
];
/** Also typed in small letters ("4am cst", "14:00 utc"); the others only in capitals ("ET", "PT", "MET": Dutch "met" is "with"). */
const ANY_CASE = new Set(['EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'UTC', 'GMT', 'BST', 'CET', 'CEST']);
/** After a time: a digit, am/pm, noon, uur, "16u"; the abbreviation, perhaps in brackets. */
const TIME = String.raw`^(.*(?:\d|\du|[ap]\.?m\.?|noon|midnight|middag|middernacht|uur))\s*`;
const SUFFIX = new RegExp(String.raw`${TIME}\(?([A-Za-z]{2,4})\)?\.?$`, 'i');
const DAY = 86_400_000;

export interface ZoneWord {
  /** What was typed without the abbreviation. */
  text: string;
  /** The abbreviation in capitals, or the clock's name ("Eastern"), said back in a refusal. */
  abbr: string;
  /** The zone of the region it names (the feed's own zone for the feed's own letters). */
  region: string;
}

/** "16:00 UTC+1", "4 PM GMT-5", "9:00 (UTC+01:00)", "14:00 UTC+5:30": an offset from UTC, a clock without summer time. */
const OFFSET = new RegExp(String.raw`${TIME}\(?((?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)\)?\.?$`, 'i');
/** Offsets with minutes have no Etc/GMT zone: each is a zone on that offset all year, without summer time for decades. */
const PART_HOUR: Record<string, string> = {
  '+4:30': 'Asia/Kabul', '+5:30': 'Asia/Kolkata', '+5:45': 'Asia/Kathmandu', '+6:30': 'Asia/Yangon',
  '+8:45': 'Australia/Eucla', '+9:30': 'Australia/Darwin', '-9:30': 'Pacific/Marquesas',
};
/** "4 PM Eastern", "9am Pacific Time", "14:00 Central European Time": the name of a clock, as the letters it goes by. */
const NAMED = new RegExp(String.raw`${TIME}\(?((?:Central|Eastern) European|Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic)(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\)?\.?$`, 'i');
const NAMES: Record<string, string> = {
  'central european': 'CET', 'eastern european': 'EET', eastern: 'EST', central: 'CST', mountain: 'MST', pacific: 'PST', alaska: 'AKST', hawaii: 'HST', atlantic: 'AST',
};
/** US letters also read in small letters after am/pm ("4pm et"); alone, "et" is a word. */
const AFTER_AM_PM = new Set(['ET', 'CT', 'MT', 'PT']);

/** The fixed clock of an offset typed as sign, hours and minutes; undefined beyond the world's clocks. */
function fixedZone(sign: string, hours: number, minutes: number): string | undefined {
  if (minutes) return PART_HOUR[`${sign}${hours}:${minutes}`];
  // Etc/GMT's sign is the other way round: UTC+1 is Etc/GMT-1.
  if (hours > (sign === '+' ? 14 : 12)) return undefined;
  return hours ? `Etc/GMT${sign === '+' ? '-' : '+'}${hours}` : 'UTC';
}

/** The abbreviation at the end of a time typed for a feed on `timeZone`, if it is one listed; else undefined. */
export function zoneWord(typed: string, timeZone: string): ZoneWord | undefined {
  const t = typed.trim();
  const m = SUFFIX.exec(t);
  const off = m ? undefined : OFFSET.exec(t);
  const named = m || off ? undefined : NAMED.exec(t);
  if (off) {
    const sign = off[3]!.replace('−', '-');
    const region = fixedZone(sign, Number(off[4]), Number(off[5] ?? 0));
    return region ? { text: timeOf(off[1]!), abbr: off[2]!.toUpperCase().replace(/\s/g, '').replace('−', '-'), region } : undefined;
  }
  const said = named ? NAMES[named[2]!.toLowerCase().replace(/\s+/g, ' ')]! : m?.[2]!.toUpperCase();
  if (!(m || named) || !said) return undefined;
  if (m && m[2] !== said && !ANY_CASE.has(said) && !(AFTER_AM_PM.has(said) && /[ap]\.?m\.?$/i.test(m[1]!))) return undefined;
  const local = LOCAL.find(([zones, words]) => zones.test(timeZone) && words[said])?.[1][said];
  const region = local === 'feed' ? timeZone : local ?? REGION_OF.get(said);
  // A name is said back as typed ("read on Eastern time"), letters in capitals.
  const abbr = named ? named[2]!.replace(/\s+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : said;
  return region ? { text: timeOf((named ?? m)![1]!), abbr, region } : undefined;
}

// "15 UTC": an hour with a zone is a clock time, never 15 minutes (spoken-times.ts asks that of a bare "15").
const timeOf = (text: string) => text.trim().replace(/^(\d{1,2})$/, '$1:00');

/** The zone's own abbreviation at `ms` as a US reader sees it ("MST" in Phoenix all year); "GMT+1" where it has none. */
const shortName = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

/** True when `word` names the clock of `timeZone`: its region, a zone with the same clock all year (Paris, Amsterdam), or the zone's own name then. */
export function namesZone(word: ZoneWord, ms: number, timeZone: string): boolean {
  if (word.region === timeZone || (REGIONS[word.region] ?? []).includes(shortName(ms, timeZone))) return true;
  return [0, 1, 2, 3].every((q) => zoneOffsetMs(ms + q * 91 * DAY, word.region) === zoneOffsetMs(ms + q * 91 * DAY, timeZone));
}

type Reading = { ok: true; ms: number } | { ok: false };
export interface ZonedParser<R> {
  /** The feed's parser: the text, read on a zone's clock. */
  read: (text: string, zone: string) => R;
  /** A moment found, as the parser's reading. */
  accept: (ms: number) => R;
  refuse: (p: TypedProblem) => R;
  /** For a start: the moment is too far ahead to have begun. */
  future?: (ms: number) => boolean;
}

/**
 * Reads `input` when it ends in a listed abbreviation; undefined when it does not. On another region's clock a time that
 * cannot be used is refused with the time it is on the feed's clock and why: a next update that has passed there (none
 * ahead within the promise's 4 hours, nor later today), a start still to come.
 */
export function readZoned<R extends Reading>(input: string, toward: 'ahead' | 'back', { now, timeZone }: { now: number; timeZone: string }, p: ZonedParser<R>): R | undefined {
  const word = zoneWord(input, timeZone);
  if (!word) return undefined;
  const own = p.read(word.text, timeZone);
  if (namesZone(word, own.ok ? own.ms : now, timeZone)) return own;
  const refuse = (clock?: number, later?: number) =>
    p.refuse({ kind: 'zone', typed: input.trim(), abbr: word.abbr, timeZone, toward, ...(clock === undefined ? {} : { clock: onClock(clock, timeZone) }), ...tooFar(later, now, timeZone) });
  const clocks = clocksOf(word, toward);
  if (!clocks) {
    // A date and time ("2026-12-04 14:00 UTC"): read on the region's clock.
    const there = p.read(word.text, word.region);
    return there.ok ? there : refuse();
  }
  const d = wallClock(now, word.region);
  // A time the region's clock skips today (2:30 AM the night it goes forward) is refused, not taken from another day.
  if (clocks.some(([h, m]) => !wallInstants(d.year, d.month, d.day, h, m, word.region).length)) return refuse();
  // The instants of the clock time as typed, and of a bare time's other half of the day.
  const [typed = [], other = []] = clocks.map(([h, m]) => [-1, 0, 1].flatMap((n) => wallInstants(d.year, d.month, d.day + n, h, m, word.region)));
  const all = [...typed, ...other].sort((a, b) => a - b);
  if (toward === 'ahead') {
    // The other half of the day of a bare "8:00 ET" only within the 4 hours, as on the feed's own clock (times.ts).
    const next = [...typed.filter((ms) => ms > now), ...other.filter((ms) => ms > now && ms - now <= NEXT_UPDATE_MAX_MS)].sort((a, b) => a - b)[0];
    if (next !== undefined && (next - now <= NEXT_UPDATE_MAX_MS || sameDay(next, now, timeZone))) return p.accept(next);
    return refuse(all.filter((ms) => ms <= now).pop(), typed.filter((ms) => ms > now)[0]);
  }
  // A start: the last that has been, unless one is at most 2 hours ahead (a slip; refused, as on the feed's clock).
  const future = p.future ?? ((ms: number) => ms > now);
  const soon = all.find((ms) => future(ms) && ms - now <= 2 * 3_600_000);
  const last = all.filter((ms) => !future(ms)).pop();
  return soon === undefined && last !== undefined ? p.accept(last) : refuse(soon);
}

/**
 * A next update typed on another clock whose coming time is tomorrow on the feed's clock, more than 4 hours away ("03:00
 * UTC" at 22:10 in Amsterdam): that clock time, and the latest within 4 hours while still today, as for the feed's own clock.
 */
function tooFar(later: number | undefined, now: number, timeZone: string): { tomorrow?: string; until?: string } {
  if (later === undefined || !sameDay(later, now + DAY, timeZone)) return {};
  const limit = wallClock(now + NEXT_UPDATE_MAX_MS, timeZone);
  return { tomorrow: onClock(later, timeZone), ...(sameDay(now + NEXT_UPDATE_MAX_MS, now, timeZone) ? { until: exampleClock(timeZone, limit.hour, limit.minute) } : {}) };
}

const onClock = (ms: number, timeZone: string) => {
  const w = wallClock(ms, timeZone);
  return exampleClock(timeZone, w.hour, w.minute);
};

/**
 * The clock times a plain time typed with an abbreviation names: "3:00 PM CT" one, "9:30 ET" two on a US or Canadian
 * region's clock (9:30 AM and PM, as a feed there reads a bare time); undefined when it is no plain clock time.
 */
function clocksOf(word: ZoneWord, toward: 'ahead' | 'back'): [number, number][] | undefined {
  const said = spokenText(word.text, toward);
  if ('problem' in said) return undefined;
  const text = said.text.replace(/^at /i, '');
  const twelve = twelveHour(text);
  if (twelve === 'invalid') return undefined;
  const hm = clockParts(twelve?.text ?? text);
  if (!hm || hm.h > 23 || hm.m > 59) return undefined;
  const bare = isNanpZone(word.region) && !twelve && !said.said && /^(?:[1-9]|1[0-2])[:.]\d{2}$/.test(text);
  return bare ? [[hm.h % 12, hm.m], [(hm.h % 12) + 12, hm.m]] : [[hm.h, hm.m]];
}
