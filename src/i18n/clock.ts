/**
 * Clock times, dates with times and "5 minutes ago" in Dutch and English, on this browser's clock,
 * without Intl. Why by hand: the first Intl object a page creates loads the browser's locale data,
 * 11–24 ms of main thread in one task (bench machine, Chromium 150), and that task fell between the
 * element code arriving and the first incident text. Without any Intl before the first render the
 * text came about 8 ms sooner (time to text ÷ Statuspage's widget 1.00–1.02 against 1.09–1.15 in
 * four A/B runs of 30 loads; docs/performance.md). The strings are the ones Chromium's Intl gives
 * for these languages (`{ hour: '2-digit', minute: '2-digit' }` for Dutch and British English, hour
 * 'numeric' for American English: lang.ts TIME; the same with `weekday`, `day` and `month: 'short'`, `RelativeTimeFormat` with `numeric: 'auto'`), so a page looks as before (scripts/clock-vs-intl.mjs checks that);
 * every other language, and a clock other than this browser's, keeps Intl (i18n/lang.ts).
 */

/** The three clocks written here: Dutch, British English, American English (also plain `en`). */
type Style = 'nl' | 'gb' | 'us';

export const STYLES: Readonly<Record<string, Style>> = { nl: 'nl', 'nl-nl': 'nl', 'nl-be': 'nl', en: 'us', 'en-us': 'us', 'en-gb': 'gb' };

// Short names as Intl gives them (British English writes "Sept").
const words = (s: string) => s.split(' ');
const NL_DAYS = words('zo ma di wo do vr za');
const EN_DAYS = words('Sun Mon Tue Wed Thu Fri Sat');
const NL_MONTHS = words('jan feb mrt apr mei jun jul aug sep okt nov dec');
const US_MONTHS = words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
const GB_MONTHS = US_MONTHS.map((m) => (m === 'Sep' ? 'Sept' : m));

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

/** What lang.ts needs of a clock: the same calls as Intl's formatters. */
export interface HandClock {
  time(ms: number): string;
  dateTime(ms: number): string;
  relative(n: number, unit: RelativeUnit): string;
}

/**
 * 09:03 (Dutch, British) or 9:03 AM (American). Two digits: at 2 a.m. a UK reader read "valid until 4:00" as 4 am or
 * 4 pm; UK and Dutch notices write 04:00, as the SMS, IVR and CAP exports already did (trial of a UK water company).
 */
function time(style: Style, d: Date): string {
  const h = d.getHours();
  const m = `:${String(d.getMinutes()).padStart(2, '0')}`;
  return style === 'us' ? `${h % 12 || 12}${m} ${h < 12 ? 'AM' : 'PM'}` : String(h).padStart(2, '0') + m;
}

/** do 3 dec, 09:03 · Thu 3 Dec, 09:03 · Thu, Dec 3, 9:03 AM. */
function dateTime(style: Style, d: Date): string {
  const n = d.getDate();
  const t = time(style, d);
  if (style === 'nl') return `${NL_DAYS[d.getDay()]} ${n} ${NL_MONTHS[d.getMonth()]}, ${t}`;
  const day = EN_DAYS[d.getDay()];
  return style === 'us' ? `${day}, ${US_MONTHS[d.getMonth()]} ${n}, ${t}` : `${day} ${n} ${GB_MONTHS[d.getMonth()]}, ${t}`;
}

// `numeric: 'auto'`: 0 of each unit, and the days with a name of their own.
const UNITS = ['second', 'minute', 'hour', 'day'] as const;
const NL_NOW = words('nu binnen_een_minuut binnen_een_uur vandaag');
const EN_NOW = words('now this_minute this_hour today');
const NL_ONE = words('seconde minuut uur dag');
const NL_MORE = words('seconden minuten uur dagen');
const NL_NAMED: Readonly<Record<number, string>> = { [-2]: 'eergisteren', [-1]: 'gisteren', 1: 'morgen', 2: 'overmorgen' };
const EN_NAMED: Readonly<Record<number, string>> = { [-1]: 'yesterday', 1: 'tomorrow' };

/** "over 5 minuten", "3 uur geleden", "gisteren", "nu"; "in 5 minutes", "yesterday", "now". */
function relative(style: Style, n: number, unit: RelativeUnit): string {
  const i = UNITS.indexOf(unit);
  const abs = Math.abs(n);
  const nl = style === 'nl';
  if (!n) return (nl ? NL_NOW : EN_NOW)[i].replace(/_/g, ' ');
  const named = i === 3 ? (nl ? NL_NAMED : EN_NAMED)[n] : undefined;
  if (named) return named;
  const word = nl ? (abs === 1 ? NL_ONE : NL_MORE)[i] : abs === 1 ? unit : `${unit}s`;
  if (nl) {
    const num = String(abs).replace('.', ','); // a half hour, as Intl writes it: "1,5 uur"
    return n < 0 ? `${num} ${word} geleden` : `over ${num} ${word}`;
  }
  return n < 0 ? `${abs} ${word} ago` : `in ${abs} ${word}`;
}

/** The clock for a language tag written here (nl, nl-NL, nl-BE, en, en-US, en-GB), else undefined. */
export function handClock(tag: string): HandClock | undefined {
  const style = STYLES[tag.toLowerCase()];
  if (!style) return undefined;
  return {
    time: (ms) => time(style, new Date(ms)),
    dateTime: (ms) => dateTime(style, new Date(ms)),
    relative: (n, unit) => relative(style, n, unit),
  };
}
