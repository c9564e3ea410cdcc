/**
 * Times as a desk says them, turned into the forms the next-update and started-at parsers read (times.ts, start.ts):
 * "over 2 uur", "in 30 min", "+1h30m", "binnen anderhalf uur" → "+120m", "+30m", "+90m"; "40 minuten geleden" → "-40m";
 * "kwart over 3" → "03:15", "quarter to 3" → "02:45"; "9 uur 's avonds" → "vanavond 9 uur"; "3 uur 's nachts" → "vannacht 3 uur";
 * "rond 3:30", "uiterlijk 3:30" → "3:30"; "noon" → "12:00"; "middernacht" → the coming (or, for a start, the last) midnight.
 * All of these were "not a time". "Half 3" is refused, not guessed: 2:30 in Dutch, 3:30 in English. Also the refusals
 * with their own reason (`TypedProblem`, found here and in day-words.ts), in English and Dutch. Pure: no clock, no DOM.
 */
import { pad, UNIT_WORDS } from './clock-words.js';
import { isNanpZone } from './dialling.js';
import { exampleWhen, shortDate, type TypedProblem } from './day-words.js';
import { NEXT_UPDATE_MAX_MS, WITHIN_SAID } from './passed.js';

export type { TypedProblem };

/** Which way the time lies: a next update ahead, a start back. */
export type Toward = 'ahead' | 'back';

const monthName = (month: number, locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));
/** "31 November", on a US or Canadian clock "November 31"; Dutch "31 november". */
const dayMonth = (month: number, day: number, monthFirst: boolean, lang: 'en' | 'nl') =>
  lang === 'nl' ? `${day} ${monthName(month, 'nl-NL')}` : monthFirst ? `${monthName(month, 'en-US')} ${day}` : `${day} ${monthName(month, 'en-GB')}`;
/**
 * An hour and half past it as the desk's clock writes it (i18n/clock.ts): two digits in Dutch and British English, "02:30"
 * as the times around it ("04:00 is al voorbij"); on a US or Canadian clock in English "2:30" (`us`).
 */
const halfPast = (h: number, us?: boolean) => `${us ? h : pad(h)}:30`;
/** "half 3" read both ways: 02:30 (Dutch) and 03:30 (English); "half 1" is 12:30 or 01:30; with the day typed before it ("vanavond 08:30"). */
const halfClocks = (p: { hour: number; before?: string }, us?: boolean) => [halfPast((p.hour + 11) % 12 || 12, us), halfPast(p.hour, us)].map((c) => (p.before ? `${p.before} ${c}` : c));
/** A problem as said on `timeZone`'s clock: "half 3" on a US or Canadian clock says 3:30 in English, not 03:30. */
export const onClock = (p: TypedProblem, timeZone: string): TypedProblem => (p.kind === 'half' && isNanpZone(timeZone) ? { ...p, us: true } : p);
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** What is said of a `TypedProblem`, without a full stop (the CLI adds its own; the studio one). */
export const TYPED_SAID: Record<'en' | 'nl', (p: TypedProblem) => string> = {
  en: (p) => {
    if (p.kind === 'half') return `"half ${p.said ?? p.hour}" is ${halfPast(p.hour === 1 ? 12 : p.hour - 1, p.us)} in Dutch and ${halfPast(p.hour, p.us)} in English; type the time in figures, such as ${halfClocks(p, p.us)[1]}`;
    if (p.kind === 'minutes') return `"+${p.count}" is ${plural(p.count, 'minute', 'minutes')} from now; type +${p.count}h for ${plural(p.count, 'hour', 'hours')}, or +${p.count}m if you mean minutes`;
    if (p.kind === 'hour') return `"${p.hour}" may be ${p.hour}:00 or ${p.hour} minutes ${p.toward === 'ahead' ? 'from now' : 'ago'}; type ${p.hour}:00 for the time, or ${p.toward === 'ahead' ? '+' : '-'}${p.hour}m for the minutes`;
    if (p.kind === 'no-date') return `${dayMonth(p.month, p.day, p.monthFirst, 'en')} does not exist; check the day and the month`;
    // A read with no such month ("12-17" day first) is said as that: it was "as 12 May" (trial T's day/month order).
    if (p.kind === 'order') return `${p.typed} is read ${p.monthFirst ? 'month' : 'day'} first, ${p.read[0] > 12 ? `and there is no month ${p.read[0]}` : `as ${dayMonth(...p.read, p.monthFirst, 'en')}`}; did you mean ${dayMonth(...p.meant, p.monthFirst, 'en')}? then type ${`${shortDate(...p.meant, p.monthFirst, 'en')} ${p.time}`.trim()}`;
    if (p.kind === 'zone') return p.clock ? `"${p.typed}" is ${p.clock} on this feed's clock (${p.timeZone}), ${p.toward === 'back' ? 'and that is still to come; give the time the problem began on that clock' : p.tomorrow ? `and that has passed, and tomorrow at ${p.tomorrow} is more than ${NEXT_UPDATE_MAX_MS / 3_600_000} hours away; ${WITHIN_SAID.en(p)}` : 'and that has passed; type a time still ahead on that clock, or +30m'}` : `"${p.typed}", read on ${p.abbr} time, is not a time ${p.toward === 'ahead' ? 'still ahead' : 'that has been'}; type it on this feed's own clock (${p.timeZone}), without a time zone`;
    return `"${p.typed}" has no time; add one, such as ${exampleWhen(p.example, p.timeZone, 'en')}`;
  },
  nl: (p) => {
    // Both Dutch readings on a 24-hour clock: a municipality's desk at 11:00 was told "zoals 2:30", typed it, and was told
    // 2:30 had passed (trial F); "half 3" at 11:00 is 14:30.
    if (p.kind === 'half') return `"half ${p.said ?? p.hour}" is in het Nederlands ${halfPast(p.hour === 1 ? 12 : p.hour - 1)} en in het Engels ${halfPast(p.hour)}; typ de tijd in cijfers, zoals ${halfClocks(p)[0]}${p.before ? '' : ` of ${halfPast(p.hour === 1 ? 0 : p.hour + 11)}`}`;
    if (p.kind === 'minutes') return `"+${p.count}" is over ${plural(p.count, 'minuut', 'minuten')}; typ +${p.count}u voor ${p.count} uur, of +${p.count}m als u minuten bedoelt`;
    if (p.kind === 'hour') return `"${p.hour}" kan ${p.hour}:00 zijn of ${p.toward === 'ahead' ? `over ${p.hour} minuten` : `${p.hour} minuten geleden`}; typ ${p.hour}:00 voor de tijd, of ${p.toward === 'ahead' ? '+' : '-'}${p.hour}m voor de minuten`;
    if (p.kind === 'no-date') return `${dayMonth(p.month, p.day, false, 'nl')} bestaat niet; kijk de dag en de maand na`;
    if (p.kind === 'order') return `${p.typed} wordt gelezen met ${p.monthFirst ? 'de maand' : 'de dag'} eerst, ${p.read[0] > 12 ? `en een maand ${p.read[0]} bestaat niet` : `als ${dayMonth(...p.read, false, 'nl')}`}; bedoelt u ${dayMonth(...p.meant, false, 'nl')}? Typ dan ${`${shortDate(...p.meant, p.monthFirst, 'nl')} ${p.time}`.trim()}`;
    if (p.kind === 'zone') return p.clock ? `"${p.typed}" is ${p.clock} op de klok van deze feed (${p.timeZone}), ${p.toward === 'back' ? 'en dat moet nog komen; geef de tijd waarop het probleem begon op die klok' : p.tomorrow ? `en dat is al voorbij, en morgen om ${p.tomorrow} is meer dan ${NEXT_UPDATE_MAX_MS / 3_600_000} uur vooruit; ${WITHIN_SAID.nl(p)}` : 'en dat is al voorbij; typ een tijd die op die klok nog komt, of +30m'}` : `"${p.typed}", gelezen in ${p.abbr}-tijd, is geen tijd die ${p.toward === 'ahead' ? 'nog komt' : 'al geweest is'}; typ hem op de eigen klok van deze feed (${p.timeZone}), zonder tijdzone`;
    return `"${p.typed}" heeft geen tijd; voeg er een toe, zoals ${exampleWhen(p.example, p.timeZone, 'nl')}`;
  },
};

/** Amounts said in words before a unit ("een uur", "anderhalf uur", "half an hour"). */
const AMOUNT_WORDS: Record<string, number> = {
  een: 1, één: 1, a: 1, an: 1, one: 1, half: 0.5, 'een half': 0.5, 'een halve': 0.5, 'half an': 0.5, 'half a': 0.5, anderhalf: 1.5, anderhalve: 1.5,
  twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4,
  // "within the hour", Flemish "binnen het uur"
  the: 1, het: 1,
};
const byLength = (a: string, b: string) => b.length - a.length;
const AMOUNT = String.raw`\d+(?:[.,]\d+)?|${Object.keys(AMOUNT_WORDS).sort(byLength).join('|')}`;
const QUARTER = ['kwartiertje', 'kwartier', 'quarter of an hour', 'quarter hour', 'quarter'];
/** Units said as one word with their amount: "binnen het halfuur", "over een uurtje". */
const WORD_UNITS: Record<string, number> = { halfuur: 1_800_000, halfuurtje: 1_800_000, uurtje: 3_600_000, uurtjes: 3_600_000 };
const UNIT = [...Object.keys(UNIT_WORDS).filter(Boolean), ...QUARTER, ...Object.keys(WORD_UNITS), 'hrs'].sort(byLength).join('|');
const TERM = new RegExp(String.raw`^(?:(${AMOUNT})\s*)?(${UNIT})(?![a-zé])`, 'i');
const unitMs = (word: string) => (QUARTER.includes(word) ? 900_000 : word === 'hrs' ? 3_600_000 : WORD_UNITS[word] ?? UNIT_WORDS[word]!);

/**
 * A number before a unit: "2", "1,5", "een", "anderhalf". Before a Dutch hour, two decimals are minutes as the clock
 * writes them ("1.30 uur", "1,45 uur": 1 hour 30, 1 hour 45; nobody means 1.3 hours), except the fractions ,25 ,50 ,75
 * and anything from 60 ("2,25 uur" is 2¼ hours); "0.25 hours" and "1.30 hours" in English are fractions.
 */
function amountOf(said: string, unit: string): number {
  const clock = /^(?:uur|u|uren|uurtjes?)$/.test(unit) ? /^(\d+)[.,](\d{2})$/.exec(said) : null;
  if (clock && !['25', '50'].includes(clock[2]!) && Number(clock[2]) < 60) return Number(clock[1]) + Number(clock[2]) / 60;
  return Number(said.replace(',', '.')) || AMOUNT_WORDS[said] || NaN;
}

/** Milliseconds of a duration as said: "2 uur", "1h30m", "1 uur en 20 minuten", "an hour and a half", "1u30"; else undefined. */
export function durationMs(said: string): number | undefined {
  let rest = said.trim().toLowerCase().replace(/\s+/g, ' ');
  let [total, last] = [0, 0];
  while (rest) {
    const term = TERM.exec(rest);
    const half = /^(?:en |and )?(?:een half|a half)(?![a-z])/.exec(rest);
    const minutes = last === 3_600_000 ? /^\d{1,2}$/.exec(rest) : null;
    if (term) {
      last = unitMs(term[2]!.toLowerCase());
      const unit = term[2]!.toLowerCase();
      const amount = term[1] === undefined ? (QUARTER.includes(unit) || unit in WORD_UNITS ? 1 : NaN) : amountOf(term[1], unit);
      total += amount * last;
    } else if (half && last) total += last / 2;
    else if (minutes) total += Number(minutes[0]) * 60_000;
    else return undefined;
    rest = rest.slice((term ?? half ?? minutes)![0].length).replace(/^(?:\s|,|\ben\b|\band\b)+/, '');
  }
  return total > 0 && Number.isFinite(total) ? total : undefined;
}

/** A duration as the parsers' relative form: "+90m" (whole minutes), else seconds ("+45s"). */
const relative = (sign: '+' | '-', ms: number) => (ms % 60_000 === 0 ? `${sign}${ms / 60_000}m` : `${sign}${Math.round(ms / 1000)}s`);

/** Words around a time that change nothing: "rond 3:30", "about 3:30"; before a next update also "uiterlijk", "by", "voor"; before a start "sinds", "since". */
const ROUGHLY = String.raw`rond(?:om)?|omstreeks|ongeveer|ca\.?|circa|tegen|about|around|approx(?:\.|imately)?`;
const BY = String.raw`uiterlijk|ten laatste|by|before|no later than|not later than|voor|niet later dan`;
const SINCE = String.raw`sinds|sedert|vanaf|since|from`;
const DAYPART: Record<string, string> = { ochtends: 'vanochtend', morgens: 'vanochtend', middags: 'vanmiddag', avonds: 'vanavond', nachts: 'vannacht', morning: 'vanochtend', afternoon: 'vanmiddag', evening: 'vanavond' };
const TOMORROW_PART: Record<string, string> = { vanochtend: 'morgenochtend', vanmiddag: 'morgenmiddag', vanavond: 'morgenavond' };
/** Day words that may stand after a time or before a clock phrase. */
const DAY = 'vandaag|vanavond|vannacht|vanochtend|vanmorgen|vanmiddag|gisteren|gisteravond|morgen|morgenochtend|morgenavond|today|tonight|tomorrow|yesterday|this morning|this afternoon|this evening';
/** Day words a desk puts after the time ("1 uur vannacht", "6am tomorrow"), moved before it, where day-words.ts reads them. */
const DAY_AFTER = new RegExp(String.raw`^(\d.*?|kwart .+|half .+|quarter .+) (${DAY})$`, 'i');
/** Hours said as words, in a clock phrase ("half vier", "kwart over drie", "quarter past three"). */
const HOUR_WORDS: Record<string, number> = Object.fromEntries(
  [['een', 'één', 'one'], ['twee', 'two'], ['drie', 'three'], ['vier', 'four'], ['vijf', 'five'], ['zes', 'six'], ['zeven', 'seven'], ['acht', 'eight'], ['negen', 'nine'], ['tien', 'ten'], ['elf', 'eleven'], ['twaalf', 'twelve']].flatMap((words, i) => words.map((w) => [w, i + 1])),
);
const HOUR = String.raw`\d{1,2}|${Object.keys(HOUR_WORDS).join('|')}`;
const hourOf = (said: string) => HOUR_WORDS[said.toLowerCase()] ?? Number(said);
/** "kwart over 3", Flemish "kwart na 3", "10 over 3", "20 voor 4", "quarter to 4", "half past 3", "5 past 3". */
const PAST_TO = new RegExp(String.raw`^(kwart|quarter|a quarter|half|\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})(?: minuten| minutes)? (over|na|voor|past|to) (${HOUR})(?: uur)?$`, 'i');

/** The 24-hour clock for a time said with its part of the day, for a start ("11 uur 's avonds" → "23:00", the latest such time). */
function partClock(time: string, part: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.hu](\d{2}))?(?: ?uur| ?u)?$/i.exec(time.trim());
  if (!m || Number(m[1]) > 12 || Number(m[2] ?? 0) > 59) return undefined;
  const h = Number(m[1]);
  const late = /middags|avonds|afternoon|evening/i.test(part);
  const hour = late ? (h < 12 ? h + 12 : /avonds|evening/i.test(part) ? 0 : 12) : h === 12 && /nachts/i.test(part) ? 0 : h;
  return `${pad(hour)}:${m[2] ?? '00'}`;
}

/** Day words a clock phrase may follow ("vanavond kwart over 8", "morgen om 0600"). */
const DAY_LEAD = new RegExp(String.raw`^(${DAY})((?: (?:om|at))? )(.+)$`, 'i');

/**
 * A clock time said in words, as the parsers read it: "kwart over 3" → "03:15", "20 voor 4" → "03:40", "0600" and
 * "1600 hours" → "06:00", "16:00" (four figures alone only on the quarter hour: "2026" is a year typed too soon),
 * "06:00 hrs" → "06:00", "4 o'clock" → "4:00", "noon" → "12:00"; else undefined.
 */
function clockPhrase(s: string): string | undefined {
  const military = /^([01]\d|2[0-3])(00|15|30|45)$/.exec(s) ?? /^([01]\d|2[0-3])([0-5]\d) ?(?:hrs?|hours)$/i.exec(s);
  if (military) return `${military[1]}:${military[2]}`;
  const hours = /^(\d{1,2}[:.]\d{2}) ?(?:hrs?|hours)$/i.exec(s) ?? /^(\d{1,2}) o'?clock$/i.exec(s);
  if (hours) return hours[1]!.includes(':') || hours[1]!.includes('.') ? hours[1] : `${hours[1]}:00`;
  if (/^(?:noon|midday|12 (?:uur )?'s middags)$/i.test(s)) return '12:00';
  const past = PAST_TO.exec(s);
  if (!past || hourOf(past[3]!) > 23) return undefined;
  const said = past[1]!.toLowerCase();
  const minutes = /quarter|kwart/.test(said) ? 15 : said === 'half' ? 30 : hourOf(said);
  const h = hourOf(past[3]!);
  // "half past 3" is 3:30; "half over 3" and "half voor 4" are no phrases.
  if ((said === 'half' && !/past/i.test(past[2]!)) || minutes < 1 || minutes > 30) return undefined;
  return /voor|to/i.test(past[2]!) ? `${pad((h + 23) % 24)}:${pad(60 - minutes)}` : `${pad(h)}:${pad(minutes)}`;
}

/**
 * What `spokenText` reads: the text for the parsers; `either` when "sinds 2 uur" may be 02:00 or 14:00 (a start takes the
 * later that has been); `said` when it was a phrase that names its hour ("noon", "kwart over 9"), which stays as read.
 */
export type Spoken = { text: string; either?: boolean; said?: boolean } | { problem: TypedProblem };

/**
 * What `readWhen` (`toward` 'ahead') or `readStart` ('back') should read for a time said in words, or why it is refused;
 * anything else as typed (spaces tidied, a closing full stop dropped).
 */
export function spokenText(typed: string, toward: Toward): Spoken {
  let s = typed.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/(\w)[.!]$/, '$1');
  const since = toward === 'back' && new RegExp(String.raw`^(?:${SINCE})\s`, 'i').test(s);
  const leading = toward === 'ahead' ? `${BY}|${ROUGHLY}` : `${SINCE}|${ROUGHLY}`;
  const word = s.replace(new RegExp(String.raw`^(?:${leading}|om|at)\s+(?=\S)`, 'i'), '');
  // A bare hour ("4", "om 4", "by 4", "since 4") is 4:00: ahead, the clock's own rules then say which 4 o'clock (times.ts);
  // back, the latest that has been on a 12-hour dial. "15" alone may be minutes: asked, not guessed (after a word, a time).
  const hour = /^\d{1,2}$/.test(word) ? Number(word) : 0;
  if (hour >= 1 && hour <= 23) {
    if (word === s && hour >= 10) return { problem: { kind: 'hour', hour, toward } };
    return toward === 'back' && hour <= 12 ? { text: `${hour} uur`, either: true } : { text: `${hour}:00` };
  }
  s = s.replace(new RegExp(String.raw`^(?:${leading})\s+(?=\S)`, 'i'), '');
  if (toward === 'back' && /^(?:nu|now|just now|right now|zojuist|net|daarnet|zonet)$/i.test(s)) return { text: '-0m' };
  // "Sinds 2 uur" said at 14:10 is 14:00 (Dutch speech counts to 12); a start takes the later of the two.
  if (since && /^(?:[1-9]|1[0-2]) ?(?:uur|u)$/i.test(s)) return { text: s, either: true };
  // "+2" is 2 minutes: hours were meant more often than not, so it is asked, not read (from "+10" on, minutes as before).
  if (toward === 'ahead' && /^\+ ?[1-9]$/.test(s)) return { problem: { kind: 'minutes', count: Number(s.slice(-1)) } };
  const after = DAY_AFTER.exec(s);
  if (after) s = `${after[2]} ${after[1]}`;
  const lead = DAY_LEAD.exec(s);
  const whole = clockPhrase(s);
  const led = lead && !whole ? clockPhrase(lead[3]!) : undefined;
  if (whole || led) return { text: whole ?? `${lead![1]}${lead![2]}${led}`, said: true };
  const ms = durationMs(relativeAmount(s, toward) ?? '');
  if (ms) return { text: relative(toward === 'ahead' ? '+' : '-', ms) };
  // Also after a day: "vanavond half 9", "morgen om half 8"; said back with the day ("vanavond 8:30").
  const half = new RegExp(String.raw`^(?:(\S.*?)\s)?half (${HOUR})(?: uur)?$`, 'i').exec(s);
  if (half && hourOf(half[2]!) >= 1 && hourOf(half[2]!) <= 12 && !/past$/i.test(half[1] ?? '')) return { problem: { kind: 'half', hour: hourOf(half[2]!), ...(/\D/.test(half[2]!) ? { said: half[2]!.toLowerCase() } : {}), ...(half[1] ? { before: half[1].replace(/ (?:om|at)$/i, '') } : {}) } };
  // Midnight: the coming one for a next update ("vannacht" reads it so), the last one for a start.
  if (/^(?:midnight|middernacht|12 (?:uur )?'s nachts|24[:.]00(?: uur)?|24 ?(?:uur|u))$/i.test(s)) return { text: toward === 'ahead' ? 'vannacht 12 uur' : '00:00' };
  // "9 uur 's avonds", "morgen 8 uur 's ochtends", "9 in the evening": a day word (a next update), the 24-hour clock (a start).
  const part = /^(?:(morgen|tomorrow) (?:(?:om|at) )?)?(.+?) (?:'?s ?|in the )(ochtends|morgens|middags|avonds|nachts|morning|afternoon|evening)$/i.exec(s);
  if (part) {
    const at = toward === 'back' && !part[1] ? partClock(part[2]!, part[3]!) : undefined;
    if (at) return { text: at, said: true };
    const word = DAYPART[part[3]!.toLowerCase()]!;
    return { text: `${part[1] ? TOMORROW_PART[word] ?? word : word} ${part[2]}` };
  }
  return { text: s };
}

/**
 * The amount of a relative time as said: after "+", "over", "in", "binnen (de)", "within" ahead, before "geleden", "ago" or
 * after "-" back. Ahead it may stand alone when it cannot be a clock time: "30 min", "2 hours" (not "2 uur", 02:00, nor
 * "14h", 14:00 in Brussels).
 */
function relativeAmount(s: string, toward: Toward): string | undefined {
  if (toward === 'back') {
    const back = /^(?:-\s*(.+)|(.+?)\s+(?:geleden|ago))$/i.exec(s);
    return back?.[1] ?? back?.[2];
  }
  const ahead = /^(?:\+|over|in|binnen(?: de)?|within)\s*(.+?)(?:\s+(?:from now|vanaf nu))?$/i.exec(s);
  if (ahead) return ahead[1];
  return /^\d{1,3}(?:[.,]\d+)?\s*(?:m|mins?|minutes?|minuten|minuut|hrs?|hours?)$/i.test(s) ? s : undefined;
}
