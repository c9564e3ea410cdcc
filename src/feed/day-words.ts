/**
 * A date and time as a desk types one with the day written out, for the next-update and started-at parsers (times.ts,
 * start.ts): "4-12-2026 18:00", "4/12 18.00 uur", "vr 4 dec om 18:00", "December 4, 2026 6:00 PM", "vandaag 18:00",
 * "vanavond 8 uur" (20:00), "gisteren 23:50". Before, the studio answered all of these with a bare "is not a time".
 * Numbers are day first, as in Europe, except on a US or Canadian clock (month first: "12/4 6 PM").
 * Pure: the clock and the zone are passed in.
 */
import { isNanpZone } from './dialling.js';
import { clockParts, exampleClock, pad, twelveHour } from './clock-words.js';
import { otherOrderDate } from './date-example.js';
import { TimeError, wallClock } from './wall-clock.js';

/** A typed time that is refused with its own reason, said in the desk's language (spoken-times.ts `TYPED_SAID`). */
export type TypedProblem =
  /** "half 3": 02:30 to a Dutch desk, 03:30 to a British one; `said` the hour as a word ("half vier"), `before` what was typed before it ("vanavond"); `us`: on a US or Canadian clock (English says 3:30). */
  | { kind: 'half'; hour: number; said?: string; before?: string; us?: boolean }
  /** "+2": 2 minutes, where 2 hours was more likely meant. */
  | { kind: 'minutes'; count: number }
  /** "15" alone: 15:00, or 15 minutes from now (ago, for a start); asked, not guessed. */
  | { kind: 'hour'; hour: number; toward: 'ahead' | 'back' }
  /** A date its month does not have: "31-11 10:00". */
  | { kind: 'no-date'; day: number; month: number; monthFirst: boolean }
  /** A numeric date read in the zone's order ("12/4": 12 April in London) when the other order is today, yesterday or tomorrow. */
  | { kind: 'order'; typed: string; read: [number, number]; meant: [number, number]; monthFirst: boolean; time: string }
  /** A date or a day without a time: "4 dec", "vandaag om"; `example` is when the example given is two hours after (a start's: an hour before now). */
  | { kind: 'no-time'; typed: string; example: number; timeZone: string }
  /**
   * A time typed with another region's abbreviation ("14:00 UTC" in Amsterdam) that cannot be read as asked; `clock` the
   * typed time on the feed's clock (then it has passed, or for a start is still to come); `tomorrow` for a next update:
   * the clock tomorrow's is at, more than 4 hours away, and `until` the latest clock time within 4 hours while still today.
   */
  | { kind: 'zone'; typed: string; abbr: string; timeZone: string; clock?: string; toward: 'ahead' | 'back'; tomorrow?: string; until?: string };

const MONTH_NAMES = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mrt', 'mar', 'maart', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
] as const;
const MONTHS: Record<string, number> = Object.fromEntries(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1])));

/** Weekday names from Monday, Dutch and English, full and short; a date typed with the wrong one is no date (`dayOf`). */
const WEEKDAYS = [
  ['ma', 'maandag', 'mon', 'monday'],
  ['di', 'dinsdag', 'tue', 'tues', 'tuesday'],
  ['wo', 'woensdag', 'wed', 'wednesday'],
  ['do', 'donderdag', 'thu', 'thur', 'thurs', 'thursday'],
  ['vr', 'vrijdag', 'fri', 'friday'],
  ['za', 'zaterdag', 'sat', 'saturday'],
  ['zo', 'zondag', 'sun', 'sunday'],
] as const;
const WEEKDAY = WEEKDAYS.flat().sort((a, b) => b.length - a.length).join('|');
const DATE = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?|(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]+)\.?(?:\s+(\d{4}))?|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`;
const DATED = new RegExp(String.raw`^(?:(?:${WEEKDAY})\.?,?\s+)?(?:${DATE}),?\s+(?:(?:om|at)\s+)?(\S.*)$`, 'i');

/**
 * Words for a day: how many days from today, and whether a bare 1 to 11 o'clock is in the afternoon or evening
 * ("vanavond 8 uur" is 20:00); in the evening 12 o'clock is midnight ("vanavond 12 uur": 00:00 the next day, not noon).
 * "Vannacht" is the coming night when typed in the afternoon or evening ("vannacht 3 uur" at 22:00 is tomorrow 03:00),
 * else the night of today; its 12 o'clock is midnight too.
 */
type Late = 'afternoon' | 'evening' | 'night';
const DAY_WORDS: Record<string, { days: number; late?: Late }> = {
  vandaag: { days: 0 },
  today: { days: 0 },
  vanochtend: { days: 0 },
  vanmorgen: { days: 0 },
  'this morning': { days: 0 },
  vanmiddag: { days: 0, late: 'afternoon' },
  'this afternoon': { days: 0, late: 'afternoon' },
  vanavond: { days: 0, late: 'evening' },
  'this evening': { days: 0, late: 'evening' },
  tonight: { days: 0, late: 'evening' },
  vannacht: { days: 0, late: 'night' },
  morgenochtend: { days: 1 },
  morgenvroeg: { days: 1 },
  'tomorrow morning': { days: 1 },
  morgenmiddag: { days: 1, late: 'afternoon' },
  'tomorrow afternoon': { days: 1, late: 'afternoon' },
  morgenavond: { days: 1, late: 'evening' },
  'tomorrow evening': { days: 1, late: 'evening' },
  'tomorrow night': { days: 1, late: 'evening' },
  gisteren: { days: -1 },
  yesterday: { days: -1 },
  gisteravond: { days: -1, late: 'evening' },
  'yesterday evening': { days: -1, late: 'evening' },
};
/**
 * Days "tomorrow" moves a time ahead: in the small hours (before 06:00) the coming day, today's date, while that time
 * is still ahead: a night desk at 02:00 means 07:00 this morning by "morgenochtend 7 uur", and was told that the update
 * "komt pas over 29 uur". Else 1. Only for a next update (toward 'ahead').
 */
export const tomorrowDays = (w: { hour: number; minute: number }, hour: number, minute: number) => (w.hour < 6 && hour * 60 + minute > w.hour * 60 + w.minute ? 0 : 1);

/** Words for the night that, in the small hours, mean the night it is ("tonight 2am" typed at 00:10 is in two hours). */
const NIGHT_NOW = new Set(['vannacht', 'tonight']);
const DAY_WORD = new RegExp(String.raw`^(${Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join('|')})(?:\s+(?:om|at))?\s+(\S.*)$`, 'i');

/**
 * The time after a day as the parsers read it ("18.00 uur" → "18:00"; "6 PM" as typed, so it is said back so), with the
 * days it moves the date (midnight "tonight"); undefined when it is none. After a day word a bare hour is one too ("vanavond 8").
 * Seconds are dropped ("18:00:00", as a log writes it).
 */
function timeText(typed: string, late?: Late, bare = false): { text: string; days: number; hour: number } | undefined {
  typed = typed.replace(/^(\d{1,2}[:.]\d{2})[:.]\d{2}$/, '$1');
  const twelve = twelveHour(typed);
  if (twelve === 'invalid') return undefined;
  // A time alone: "4 Dec at 6:30 PM" is no time (a date with one).
  if (twelve) return /\s/.test(twelve.text) ? undefined : { text: typed.trim(), days: 0, hour: Number(twelve.text.slice(0, 2)) };
  const hm = clockParts(typed) ?? (bare && /^\d{1,2}$/.test(typed.trim()) ? { h: Number(typed), m: 0 } : undefined);
  if (!hm) return undefined;
  if (late === 'evening' && hm.h === 12) return { text: `00:${pad(hm.m)}`, days: 0, hour: 0 };
  // The evening's 1 to 4 o'clock are the small hours ("1 tonight" is 01:00, not 13:00), its 5 to 11 the evening's.
  const pm = late === 'afternoon' ? hm.h >= 1 && hm.h < 12 : late === 'evening' && hm.h >= 5 && hm.h < 12;
  const hour = late === 'night' ? (hm.h === 12 ? 0 : hm.h) : pm ? hm.h + 12 : hm.h;
  return { text: `${pad(hour)}:${pad(hm.m)}`, days: 0, hour };
}

/** Year (when typed), month and day as typed, unchecked: numbers day first, month first on a US or Canadian clock. */
function typedDate(m: RegExpExecArray, timeZone: string): (number | undefined)[] {
  const typedYear = m[6] ?? m[9] ?? m[12];
  const y = typedYear ? Number(typedYear) + (typedYear.length === 2 ? 2000 : 0) : m[1] ? Number(m[1]) : undefined;
  if (m[1]) return [y, Number(m[2]), Number(m[3])];
  if (m[4]) return isNanpZone(timeZone) ? [y, Number(m[4]), Number(m[5])] : [y, Number(m[5]), Number(m[4])];
  if (m[7]) return [y, MONTHS[m[8]!.toLowerCase()], Number(m[7])];
  return [y, MONTHS[m[10]!.toLowerCase()], Number(m[11])];
}

/** Year, month and day of a date as typed, or undefined when it is no date ("31-11", "14.30 uur"). */
function dayOf(m: RegExpExecArray, now: number, timeZone: string): [number, number, number] | undefined {
  const today = wallClock(now, timeZone);
  let [y, mo, d] = typedDate(m, timeZone);
  if (!mo || !d || mo > 12) return undefined;
  if (y === undefined) {
    // No year: the nearest such date, this year's unless that is more than half a year away ("2 jan" typed on
    // 30 December is next year's, "31 dec" typed just after New Year is last year's).
    const half = 183 * 86_400_000;
    const away = Date.UTC(today.year, mo - 1, d) - Date.UTC(today.year, today.month - 1, today.day);
    y = away < -half ? today.year + 1 : away > half ? today.year - 1 : today.year;
  }
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d ? [y, mo, d] : undefined;
}

const WEEKDAY_TIME = new RegExp(String.raw`^(${WEEKDAY})\.?,?\s+(?:(?:om|at)\s+)?(\S.*)$`, 'i');
const WEEKDAY_AT = new RegExp(String.raw`^(${WEEKDAY})[.,\s]`, 'i');

/** A weekday typed before the date that is not the date's own ("za 6 dec" when 6 December is a Sunday): 0 is Monday. */
function wrongDay(m: RegExpExecArray, [y, mo, d]: [number, number, number]): { typed: number } | undefined {
  const word = WEEKDAY_AT.exec(m[0])?.[1]?.toLowerCase();
  const typed = word ? WEEKDAYS.findIndex((names) => (names as readonly string[]).includes(word)) : -1;
  const actual = (new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7;
  return typed >= 0 && typed !== actual ? { typed } : undefined;
}

/** A date typed with another weekday than its own: the date (YYYY-MM-DD) and the weekday typed (0 is Monday). */
export interface WeekdayFacts {
  date: string;
  typed: number;
}

/** What is said of it: which one was meant is unknown, so neither is read. */
export const WEEKDAY_SAID: Record<'en' | 'nl', (f: WeekdayFacts) => string> = {
  en: (f) => `${weekdayName(f.typed, 'en-GB')} does not go with that date: ${dateName(f.date, 'en-GB')} is a ${weekdayName(dayIndex(f.date), 'en-GB')}; type the date again, or leave out the day`,
  nl: (f) => `${weekdayName(f.typed, 'nl-NL')} past niet bij die datum: ${dateName(f.date, 'nl-NL')} is een ${weekdayName(dayIndex(f.date), 'nl-NL')}; typ de datum opnieuw, of laat de dag weg`,
};
const dayIndex = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
// 2024-01-01 was a Monday: its week gives the weekday names.
const weekdayName = (i: number, locale: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i, 12));
const dateName = (date: string, locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/** The facts of a date typed with a weekday that is not its own, for the refusal (`WEEKDAY_SAID`); else undefined. */
export function wrongWeekday(typed: string, now: number, timeZone: string): WeekdayFacts | undefined {
  const m = DATED.exec(typed.trim().replace(/\s+/g, ' '));
  const day = m ? dayOf(m, now, timeZone) : undefined;
  const wrong = m && day && wrongDay(m, day);
  return wrong ? { date: `${day[0]}-${pad(day[1])}-${pad(day[2])}`, typed: wrong.typed } : undefined;
}

const DATE_ONLY = new RegExp(String.raw`^(?:(?:${WEEKDAY})\.?,?\s+)?(?:${DATE})(?:,?\s+(?:om|at))?$`, 'i');
const DAY_ONLY = new RegExp(String.raw`^(?:${[...Object.keys(DAY_WORDS), 'morgen', 'tomorrow'].join('|')})(?:\s+(?:om|at))?$`, 'i');

/**
 * A date or a day typed without its time ("4 dec", "vandaag om"), or a date its month does not have ("31-11 10:00"),
 * for the refusal (spoken-times.ts `TYPED_SAID`); else undefined. Both were a bare "not a time".
 */
export function dateProblem(typed: string, now: number, timeZone: string, toward: 'ahead' | 'back' = 'ahead'): TypedProblem | undefined {
  const s = typed.trim().replace(/\s+/g, ' ');
  const only = DATE_ONLY.exec(s);
  if (DAY_ONLY.test(s) || (only && dayOf(only, now, timeZone))) return { kind: 'no-time', typed: s, example: toward === 'ahead' ? now : now - 3 * 3_600_000, timeZone };
  const m = DATED.exec(s) ?? only;
  const [, mo, d] = m ? typedDate(m, timeZone) : [];
  if (m && mo && d && mo <= 12 && d <= 31 && !dayOf(m, now, timeZone)) return { kind: 'no-date', day: d, month: mo, monthFirst: isNanpZone(timeZone) };
  return undefined;
}

/**
 * A numeric date read in one order whose other order is today, yesterday or tomorrow while the date read is not: "12/4"
 * typed at a London desk on 4 December is 12 April, promised months ahead or refused as in the future without saying
 * why. For the refusal (`TYPED_SAID`); else undefined.
 */
export function dateOrder(typed: string, now: number, timeZone: string): TypedProblem | undefined {
  const m = DATED.exec(typed.trim().replace(/\s+/g, ' ')) ?? DATE_ONLY.exec(typed.trim().replace(/\s+/g, ' '));
  if (!m?.[4] || m[4] === m[5]) return undefined;
  const near = (mo: number, d: number) => {
    const t = wallClock(now, timeZone);
    return Math.abs(Date.UTC(t.year, mo - 1, d) - Date.UTC(t.year, t.month - 1, t.day)) <= 86_400_000;
  };
  const [, mo, d] = typedDate(m, timeZone) as [unknown, number, number];
  const monthFirst = isNanpZone(timeZone);
  const [mo2, d2] = [d, mo];
  // A read with no such month ("17-12" on a US desk) is the other order however far off (trial T; date-example.ts).
  if (!otherOrderDate(m[0], timeZone) && (mo2 > 12 || near(mo, d) || !near(mo2, d2))) return undefined;
  return { kind: 'order', typed: /\d{1,2}[-/.]\d{1,2}/.exec(m[0])![0], read: [mo, d], meant: [mo2, d2], monthFirst, time: m[13] ?? '' };
}

/**
 * What `readWhen` and `readStart` read for a date and time with the day written out: "4-12-2026 18:00" → "2026-12-04 18:00",
 * "vandaag 18.00 uur" → "2026-12-04 18:00", "vanavond 8 uur" → "2026-12-04 20:00", "gisteren 23:50" → "2026-12-03 23:50",
 * "om 18:00" → "18:00"; anything else as typed (also in a zone that is none: the caller says that).
 */
export function datedText(typed: string, now: number, timeZone: string, toward: 'ahead' | 'back' = 'ahead'): string {
  try {
    return dated(typed, now, timeZone, toward);
  } catch (e) {
    if (e instanceof TimeError) return typed;
    throw e;
  }
}

function dated(typed: string, now: number, timeZone: string, toward: 'ahead' | 'back'): string {
  // "om 18:00", "at 6 PM", "18:00." as a sentence ends: the time alone.
  const s = typed.trim().replace(/\s+/g, ' ').replace(/^(?:om|at) (?=\d)/i, '').replace(/(\d|uur)\.$/i, '$1');
  if (s !== typed.trim() && (clockParts(s) || typeof twelveHour(s) === 'object')) return s;
  const word = DAY_WORD.exec(s);
  if (word) {
    // With its date, also today's: "vandaag 18:00" typed as a start at 02:00 is in the future, not yesterday's 18:00.
    const { days, late } = DAY_WORDS[word[1]!.toLowerCase()]!;
    const time = timeText(word[2]!, late, true);
    if (!time) return typed;
    const w = wallClock(now, timeZone);
    // The small hours after an evening are the next day's ("vanavond 12 uur" typed at 02:00 is the coming midnight,
    // "gisteravond 12 uur" the last). "Vannacht 3 uur" and "tonight 1am" are the current night's when typed before 06:00
    // or as a start, else the coming night's.
    const small = late === 'night' ? time.hour < 12 : late === 'evening' && time.hour < 6;
    const current = NIGHT_NOW.has(word[1]!.toLowerCase()) && (toward === 'back' || w.hour < 6);
    if (small) time.days = current ? 0 : 1;
    const ahead = days === 1 && toward === 'ahead' && !time.days ? tomorrowDays(w, time.hour, Number(/:(\d{2})/.exec(time.text)?.[1] ?? 0)) : days;
    const at = new Date(Date.UTC(w.year, w.month - 1, w.day + ahead + time.days));
    return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${time.text}`;
  }
  // "za 01:00" typed on a Friday evening: the coming Saturday (for a start, the last one; today's when it is that day).
  const weekday = WEEKDAY_TIME.exec(s);
  // A time, not a bare number: "za 12" may be the 12th.
  const wtime = weekday && timeText(weekday[2]!);
  if (weekday && wtime) {
    const w = wallClock(now, timeZone);
    const [target, today] = [WEEKDAYS.findIndex((names) => (names as readonly string[]).includes(weekday[1]!.toLowerCase())), (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7];
    const days = toward === 'ahead' ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    const at = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
    return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${wtime.text}`;
  }
  const m = DATED.exec(s);
  const day = m ? dayOf(m, now, timeZone) : undefined;
  const time = m && timeText(m[13]!);
  // "zo 5 dec" when 5 December is a Saturday: not read (wrongWeekday says why).
  return m && day && time && !wrongDay(m, day) ? `${day[0]}-${pad(day[1])}-${pad(day[2])} ${time.text}` : typed;
}

/** The date of `ms` in the zone as a desk writes it and `datedText` reads it back: "5 dec" (Dutch), "5 Dec", "Dec 5" on a US or Canadian clock. */
export function dayText(ms: number, timeZone: string, ui: 'en' | 'nl'): string {
  const w = wallClock(ms, timeZone);
  return shortDate(w.month, w.day, isNanpZone(timeZone), ui);
}

/** A month and day as a desk writes them and `datedText` reads them back: "5 dec" (Dutch), "5 Dec", "Dec 5" month first. */
export function shortDate(month: number, day: number, monthFirst: boolean, ui: 'en' | 'nl'): string {
  if (ui === 'nl') return `${day} ${MONTH_NAMES[month - 1]![0]}`;
  const name = 'JanFebMarAprMayJunJulAugSepOctNovDec'.slice(month * 3 - 3, month * 3);
  return monthFirst ? `${name} ${day}` : `${day} ${name}`;
}

/**
 * A date and time to give a desk as an example, one the next-update field takes: two hours from now on the half hour, as
 * the desk writes it ("4 dec 04:00", "Dec 4 4:00 AM"). Tomorrow's 14:30 was refused at 2 a.m. as more than 4 hours ahead.
 */
export function exampleWhen(now: number, timeZone: string, ui: 'en' | 'nl'): string {
  const at = Math.floor((now + 2 * 3_600_000) / 1_800_000) * 1_800_000;
  const w = wallClock(at, timeZone);
  return `${dayText(at, timeZone, ui)} ${exampleClock(timeZone, w.hour, w.minute)}`;
}
