/**
 * Times as a desk says them, turned into the forms the next-update and started-at parsers read (times.ts, start.ts):
 * "over 2 uur", "in 30 min", "+1h30m", "binnen anderhalf uur" → "+120m", "+30m", "+90m"; "40 minuten geleden" → "-40m";
 * "kwart over 3" → "03:15", "quarter to 3" → "02:45"; "9 uur 's avonds" → "vanavond 9 uur"; "3 uur 's nachts" → "vannacht 3 uur";
 * "rond 3:30", "uiterlijk 3:30" → "3:30"; "noon" → "12:00"; "middernacht" → the coming (or, for a start, the last) midnight.
 * All of these were "not a time". "Half 3" is refused, not guessed: 2:30 in Dutch, 3:30 in English. Also the refusals
 * with their own reason (`TypedProblem`, found here and in day-words.ts), in English and Dutch. Pure: no clock, no DOM.
 */
import { pad, UNIT_WORDS } from './clock-words.js';
import { exampleWhen, shortDate, type TypedProblem } from './day-words.js';

export type { TypedProblem };

/** Which way the time lies: a next update ahead, a start back. */
export type Toward = 'ahead' | 'back';

const monthName = (month: number, locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));
/** "31 November", on a US or Canadian clock "November 31"; Dutch "31 november". */
const dayMonth = (month: number, day: number, monthFirst: boolean, lang: 'en' | 'nl') =>
  lang === 'nl' ? `${day} ${monthName(month, 'nl-NL')}` : monthFirst ? `${monthName(month, 'en-US')} ${day}` : `${day} ${monthName(month, 'en-GB')}`;
/** "half 3" read both ways: 2:30 (Dutch) and 3:30 (English); "half 1" is 12:30 or 1:30. */
const halfClocks = (p: { hour: number }) => [`${(p.hour + 11) % 12 || 12}:30`, `${p.hour}:30`] as const;

/** What is said of a `TypedProblem`, without a full stop (the CLI adds its own; the studio one). */
export const TYPED_SAID: Record<'en' | 'nl', (p: TypedProblem) => string> = {
  en: (p) => {
    if (p.kind === 'half') return `"half ${p.hour}" is ${halfClocks(p)[0]} in Dutch and ${halfClocks(p)[1]} in English; type the time in figures, such as ${halfClocks(p)[1]}`;
    if (p.kind === 'no-date') return `${dayMonth(p.month, p.day, p.monthFirst, 'en')} does not exist; check the day and the month`;
    if (p.kind === 'order') return `${p.typed} is read ${p.monthFirst ? 'month' : 'day'} first, as ${dayMonth(...p.read, p.monthFirst, 'en')}; did you mean ${dayMonth(...p.meant, p.monthFirst, 'en')}? then type ${`${shortDate(...p.meant, p.monthFirst, 'en')} ${p.time}`.trim()}`;
    return `"${p.typed}" has no time; add one, such as ${exampleWhen(p.example, p.timeZone, 'en')}`;
  },
  nl: (p) => {
    if (p.kind === 'half') return `"half ${p.hour}" is in het Nederlands ${halfClocks(p)[0]} en in het Engels ${halfClocks(p)[1]}; typ de tijd in cijfers, zoals ${halfClocks(p)[0]}`;
    if (p.kind === 'no-date') return `${dayMonth(p.month, p.day, false, 'nl')} bestaat niet; kijk de dag en de maand na`;
    if (p.kind === 'order') return `${p.typed} wordt gelezen met ${p.monthFirst ? 'de maand' : 'de dag'} eerst, als ${dayMonth(...p.read, false, 'nl')}; bedoelt u ${dayMonth(...p.meant, false, 'nl')}? Typ dan ${`${shortDate(...p.meant, p.monthFirst, 'nl')} ${p.time}`.trim()}`;
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
const QUARTER = ['kwartier', 'quarter of an hour', 'quarter hour', 'quarter'];
const UNIT = [...Object.keys(UNIT_WORDS).filter(Boolean), ...QUARTER, 'hrs'].sort(byLength).join('|');
const TERM = new RegExp(String.raw`^(?:(${AMOUNT})\s*)?(${UNIT})(?![a-zé])`, 'i');
const unitMs = (word: string) => (QUARTER.includes(word) ? 900_000 : word === 'hrs' ? 3_600_000 : UNIT_WORDS[word]!);

/** Milliseconds of a duration as said: "2 uur", "1h30m", "1 uur en 20 minuten", "an hour and a half", "1u30"; else undefined. */
export function durationMs(said: string): number | undefined {
  let rest = said.trim().toLowerCase().replace(/\s+/g, ' ');
  let [total, last] = [0, 0];
  while (rest) {
    const term = TERM.exec(rest);
    const half = /^(?:en |and )?(?:een half|a half)(?![a-z])/.exec(rest);
    const minutes = last === 3_600_000 ? /^\d{1,2}$/.exec(rest) : null;
    if (term) {
      const amount = term[1] === undefined ? (QUARTER.includes(term[2]!.toLowerCase()) ? 1 : NaN) : Number(term[1].replace(',', '.')) || AMOUNT_WORDS[term[1]] || NaN;
      last = unitMs(term[2]!.toLowerCase());
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

/** Words around a time that change nothing: "rond 3:30", "about 3:30"; before a next update also "uiterlijk", "by", "voor". */
const ROUGHLY = String.raw`rond(?:om)?|omstreeks|ongeveer|ca\.?|circa|tegen|about|around|approx(?:\.|imately)?`;
const BY = String.raw`uiterlijk|by|before|no later than|voor|niet later dan`;
const DAYPART: Record<string, string> = { ochtends: 'vanochtend', morgens: 'vanochtend', middags: 'vanmiddag', avonds: 'vanavond', nachts: 'vannacht', morning: 'vanochtend', afternoon: 'vanmiddag', evening: 'vanavond' };
const TOMORROW_PART: Record<string, string> = { vanochtend: 'morgenochtend', vanmiddag: 'morgenmiddag', vanavond: 'morgenavond' };

/**
 * What `readWhen` (`toward` 'ahead') or `readStart` ('back') should read for a time said in words, or why it is refused;
 * anything else as typed (spaces tidied).
 */
export function spokenText(typed: string, toward: Toward): { text: string } | { problem: TypedProblem } {
  let s = typed.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
  s = s.replace(new RegExp(String.raw`^(?:${toward === 'ahead' ? `${BY}|${ROUGHLY}` : ROUGHLY})\s+(?=\d|kwart|quarter|half|noon|midnight|middag|middernacht)`, 'i'), '');
  const ahead = /^(?:\+|over|in|binnen|within)\s*(.+?)(?:\s+(?:from now|vanaf nu))?$/i.exec(s);
  const back = /^(?:-\s*(.+)|(.+?)\s+(?:geleden|ago))$/i.exec(s);
  const amount = toward === 'ahead' ? ahead?.[1] : back?.[1] ?? back?.[2];
  // "+30" (minutes) and "-40" are left to the parsers, which read a bare number as minutes.
  const ms = amount ? durationMs(amount) : undefined;
  if (ms) return { text: relative(toward === 'ahead' ? '+' : '-', ms) };
  // Also after a day: "vanavond half 9", "morgen om half 8".
  const half = /^(?:\S.*\s)?half (\d{1,2})(?: uur)?$/i.exec(s);
  if (half && Number(half[1]) >= 1 && Number(half[1]) <= 12) return { problem: { kind: 'half', hour: Number(half[1]) } };
  const quarter = /^(kwart over|(?:a )?quarter past|half past|kwart voor|(?:a )?quarter to) (\d{1,2})(?: uur)?$/i.exec(s);
  if (quarter && Number(quarter[2]) <= 23) {
    const [said, h] = [quarter[1]!.toLowerCase(), Number(quarter[2])];
    if (/voor|to$/.test(said)) return { text: `${pad((h + 23) % 24)}:45` };
    return { text: `${pad(h)}:${said === 'half past' ? 30 : 15}` };
  }
  if (/^(?:noon|midday|12 (?:uur )?'s middags)$/i.test(s)) return { text: '12:00' };
  // Midnight: the coming one for a next update ("vannacht" reads it so), the last one for a start.
  if (/^(?:midnight|middernacht|12 (?:uur )?'s nachts)$/i.test(s)) return { text: toward === 'ahead' ? 'vannacht 12 uur' : '00:00' };
  // "9 uur 's avonds", "morgen 8 uur 's ochtends", "9 in the evening": the day words day-words.ts reads.
  const part = /^(?:(morgen|tomorrow) (?:(?:om|at) )?)?(.+?) (?:'?s ?|in the )(ochtends|morgens|middags|avonds|nachts|morning|afternoon|evening)$/i.exec(s);
  if (part) {
    const word = DAYPART[part[3]!.toLowerCase()]!;
    return { text: `${part[1] ? TOMORROW_PART[word] ?? word : word} ${part[2]}` };
  }
  return { text: s };
}
