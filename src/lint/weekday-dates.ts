/**
 * Dates written with their weekday in an English or Dutch text: "Thursday 18 December", "Thu 18 Dec", "Thursday,
 * December 18", "18 December (Thursday)", "donderdag 18 december", "do 18 dec", each with a year when one is written;
 * a range names the month once, at its end ("Thursday 17 to Saturday 19 December", "do 17 t/m za 19 dec"), and both
 * days are read in it (the first in the month before when its day is larger: "Wednesday 30 to Friday 1 January").
 * Only a number followed by a month counts as a day: "Thursday 18:00", "Thursday, 18 hours" are no dates. Pure.
 */

/** A weekday and date as written: its words, where they start, the weekday said (0 is Sunday) and the date. */
export interface WeekdayDate {
  written: string;
  at: number;
  weekday: number;
  day: number;
  /** 1 to 12. */
  month: number;
  year?: number;
  /** Written month first ("Thursday, December 18"), as in the US. */
  monthFirst: boolean;
}

type Lang = 'en' | 'nl';

const WEEKDAYS: Record<Lang, readonly string[][]> = {
  en: [['sunday', 'sun'], ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'], ['thursday', 'thu', 'thur', 'thurs'], ['friday', 'fri'], ['saturday', 'sat']],
  nl: [['zondag', 'zo'], ['maandag', 'ma'], ['dinsdag', 'di'], ['woensdag', 'wo'], ['donderdag', 'do'], ['vrijdag', 'vr'], ['zaterdag', 'za']],
};

const MONTHS: Record<Lang, readonly string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  nl: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
};

/** The full names, for the dates a finding suggests. */
export const NAMES: Record<Lang, { weekdays: string[]; months: string[] }> = {
  en: { weekdays: WEEKDAYS.en.map((w) => w[0]![0]!.toUpperCase() + w[0]!.slice(1)), months: MONTHS.en.map((m) => m[0]![0]!.toUpperCase() + m[0]!.slice(1)) },
  nl: { weekdays: WEEKDAYS.nl.map((w) => w[0]!), months: MONTHS.nl.map((m) => m[0]!) },
};

/** English words that are also ordinary words in lower case ("sat", "wed", "mar", "may"): only capitalised do they name a day or month. */
const CAPITAL_ONLY = new Set(['sun', 'mon', 'sat', 'wed', 'mar', 'may']);

const alternatives = (names: readonly string[][]) => names.flat().sort((a, b) => b.length - a.length).join('|');

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

function patterns(lang: Lang) {
  const W = `${B}(${alternatives(WEEKDAYS[lang])})\\.?${E}`;
  const M = `${B}(${alternatives(MONTHS[lang])})\\.?${E}`;
  const D = `(?<![\\d:.,/-])(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?${E}`;
  const Y = `(?:,?\\s+(\\d{4})(?![\\d:.,]\\d|\\p{L}))?`;
  const comma = ',?\\s*';
  const to = lang === 'en' ? '(?:to|until|till|through|thru|and|or|&|–|—|-)' : '(?:tot\\s+en\\s+met|t/m|t\\.m\\.|tot|en|of|&|–|—|-)';
  const flags = 'giu';
  return {
    range: new RegExp(`(${W}${comma}${D})\\s*${to}\\s*(${W}${comma}${D}\\s+${M}${Y})`, flags),
    dayFirst: new RegExp(`${W}${comma}(?:the\\s+)?${D}(?:\\s+of)?\\s+${M}${Y}`, flags),
    monthFirst: lang === 'en' ? new RegExp(`${W}${comma}${M}\\s+${D}${Y}`, flags) : undefined,
    after: new RegExp(`${D}\\s+${M}${Y}\\s*\\(\\s*${W}\\s*\\)`, flags),
    monthFirstAfter: lang === 'en' ? new RegExp(`${M}\\s+${D}${Y}\\s*\\(\\s*${W}\\s*\\)`, flags) : undefined,
  };
}

const PATTERNS = { en: patterns('en'), nl: patterns('nl') } as const;

const indexIn = (names: readonly string[][], word: string, lang: Lang): number => {
  const w = word.toLowerCase();
  if (lang === 'en' && CAPITAL_ONLY.has(w) && word[0] === w[0]) return -1;
  return names.findIndex((n) => n.includes(w));
};

/** Every weekday with its date in `text`, read as `lang` writes them; earlier matches keep their words. */
export function weekdayDates(text: string, lang: Lang): WeekdayDate[] {
  const p = PATTERNS[lang];
  const found: WeekdayDate[] = [];
  const taken: [number, number][] = [];
  const free = (from: number, to: number) => taken.every(([a, b]) => to <= a || from >= b);
  const add = (m: RegExpMatchArray, parts: { w: string; d: string; mo: string; y?: string; monthFirst?: boolean; written?: string; at?: number }[]) => {
    const at = m.index!;
    if (!free(at, at + m[0].length)) return;
    const read = parts.map((x) => ({ ...x, weekday: indexIn(WEEKDAYS[lang], x.w, lang), month: indexIn(MONTHS[lang], x.mo, lang) + 1, day: Number(x.d) }));
    if (read.some((r) => r.weekday < 0 || r.month < 1 || r.day < 1 || r.day > 31)) return;
    taken.push([at, at + m[0].length]);
    for (const r of read) {
      // "December." ends a sentence; "Dec." is the month's abbreviation.
      const words = (r.written ?? m[0]).replace(/\s+/g, ' ').trim();
      const last = /(\p{L}+)\.$/u.exec(words)?.[1]?.toLowerCase();
      const written = last !== undefined && !MONTHS[lang].some((n) => n.indexOf(last) > 0) && !WEEKDAYS[lang].some((n) => n.indexOf(last) > 0) ? words.slice(0, -1) : words;
      const year = r.y === undefined ? undefined : Number(r.y);
      found.push({ written, at: r.at ?? at, weekday: r.weekday, day: r.day, month: r.month, year, monthFirst: r.monthFirst ?? false });
    }
  };
  for (const m of text.matchAll(p.range)) {
    const [all, first, w1, d1, second, w2, d2, mo, y] = m as unknown as string[];
    const at2 = all!.length - second!.length;
    // The first day in the month before when its day is larger (30 to 1 January); its year goes back with December.
    const before = Number(d1) > Number(d2);
    const moIdx = indexIn(MONTHS[lang], mo!, lang);
    if (moIdx < 0) continue;
    const firstMonth = before ? (moIdx + 11) % 12 : moIdx;
    const firstYear = y !== undefined && before && moIdx === 0 ? String(Number(y) - 1) : y;
    const monthWord = MONTHS[lang][firstMonth]![0]!;
    add(m, [
      { w: w1!, d: d1!, mo: monthWord, y: firstYear, written: first! },
      { w: w2!, d: d2!, mo: mo!, y, written: second!, at: m.index! + at2 },
    ]);
  }
  for (const m of text.matchAll(p.dayFirst)) add(m, [{ w: m[1]!, d: m[2]!, mo: m[3]!, y: m[4] }]);
  if (p.monthFirst) for (const m of text.matchAll(p.monthFirst)) add(m, [{ w: m[1]!, mo: m[2]!, d: m[3]!, y: m[4], monthFirst: true }]);
  for (const m of text.matchAll(p.after)) add(m, [{ d: m[1]!, mo: m[2]!, y: m[3], w: m[4]! }]);
  if (p.monthFirstAfter) for (const m of text.matchAll(p.monthFirstAfter)) add(m, [{ mo: m[1]!, d: m[2]!, y: m[3], w: m[4]!, monthFirst: true }]);
  return found.sort((a, b) => a.at - b.at);
}

const DAY = 86_400_000;

/** Days in a month (1 to 12) of a year. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The dates a weekday date may name around `today` (a UTC midnight): the year written, else each year that puts it
 * within 270 days of today (one or two), closest first. Empty when the date does not exist (30 February) or its written
 * year is no year of now (a count such as "14 December 2000 homes").
 */
export function candidateDays(d: WeekdayDate, today: number): number[] {
  const thisYear = new Date(today).getUTCFullYear();
  if (d.year !== undefined) {
    if (d.year < thisYear - 2 || d.year > thisYear + 5 || d.day > daysIn(d.year, d.month)) return [];
    return [Date.UTC(d.year, d.month - 1, d.day)];
  }
  return [thisYear - 1, thisYear, thisYear + 1]
    .filter((y) => d.day <= daysIn(y, d.month))
    .map((y) => Date.UTC(y, d.month - 1, d.day))
    .filter((t) => Math.abs(t - today) <= 270 * DAY)
    .sort((a, b) => Math.abs(a - today) - Math.abs(b - today));
}

/** The day with the written weekday nearest to `day`: Thursday for Friday 18 December is Thursday 17 December. */
export function nearestWithWeekday(day: number, weekday: number): number {
  const diff = (new Date(day).getUTCDay() - weekday + 7) % 7;
  return day + (diff <= 3 ? -diff : 7 - diff) * DAY;
}
