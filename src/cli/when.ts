/**
 * `--next-update` for the CLI: parsed in the feed's time zone, refused with a sentence to act on, in
 * the desk's language (desk-lang.ts): English as the parser says it (feed/times.ts readWhen), Dutch
 * from the table here. The option names and the examples typed (+15m, 14:30, an ISO time) stay as typed.
 */
import { dateExample } from '../feed/date-example.js';
import { isNanpZone } from '../feed/dialling.js';
import { STARTS_SAID } from '../feed/starts-said.js';
import { PASSED_SAID, SKIPPED_SAID } from '../feed/passed.js';
import { readDailyWhen, tomorrowSaid } from '../feed/daily-when.js';
import { exampleWhen, sameDay, TYPED_SAID, WEEKDAY_SAID, whenIn, type WhenReading } from '../feed/times.js';
import type { UiLanguage } from '../i18n/terms.js';
import { CliError } from './command.js';
import { feedZone } from './lint-report.js';

type Refusal = Exclude<WhenReading, { ok: true }>;

/** Why a typed time is refused; `zone` is the feed's, `now` the clock the time was read at. */
const REFUSED: Record<UiLanguage, (r: Refusal, zone: string, now: number) => string> = {
  en: (r) => r.message,
  nl: (r, zone, now) => {
    const s = r.input.trim();
    if (r.code === 'zone') return `"${zone}" is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam`;
    if (r.code === 'format' && r.form === 'skipped') return SKIPPED_SAID.nl(r.facts);
    if (r.code === 'format' && r.form === 'weekday') return WEEKDAY_SAID.nl(r.facts);
    if (r.code === 'format' && r.form === 'typed') return TYPED_SAID.nl(r.facts);
    if (r.code === 'format' && r.form === 'clock') return `${s} is geen kloktijd; gebruik UU:MM tussen 00:00 en 23:59`;
    if (r.code === 'format') return `"${r.input}" is geen tijd; gebruik +15m, +1u, een kloktijd zoals 14:30 (${zone}) of een datum en tijd zoals ${exampleWhen(now, zone, 'nl')}`;
    // As the parser says it (feed/passed.ts): tomorrow's time with the date to type, or, when that is more
    // than 4 hours ahead (which lint refuses), a promise within 4 hours.
    return PASSED_SAID.nl(r.facts);
  },
};

/**
 * `--starts` passed or no time at all, as the studio's "Begins later" says it (feed/starts-said.ts), with an example whose
 * day is above 12: it was said with the next update's words ("promise the next update within 4 hours"; trial T). A date
 * in the other order ("17-12 1:00 AM" on a US desk) is said as for --next-update ("there is no month 17"); else undefined.
 */
function startsRefused(r: Refusal, zone: string, now: number, lang: UiLanguage): string | undefined {
  if (r.code === 'passed') return STARTS_SAID[lang].passed(r.input.trim(), dateExample(now, zone));
  return r.code === 'format' && r.form === 'other' ? STARTS_SAID[lang].unreadable(r.input.trim(), dateExample(now, zone)) : undefined;
}

/**
 * The next update as UTC ISO, and as the publisher says it ("10:30", in the feed's zone). `daily` (an incident updated
 * daily, feed/daily-when.ts): a clock time passed today is tomorrow's, said with its date ("tomorrow, Thu 10 Dec, 09:00").
 */
export function nextUpdateOption(input: string, feed: unknown, now: number, lang: UiLanguage = 'en', flag = '--next-update', daily = false): { iso: string; shown: string; zone: string; tomorrow?: boolean } {
  const zone = feedZone(feed);
  const r = readDailyWhen(input, { now, timeZone: zone, daily });
  if (!r.ok) throw new CliError(`${flag} ${input}: ${(flag === '--starts' && startsRefused(r, zone, now, lang)) || REFUSED[lang](r, zone, now)}`, 2, 'usage');
  const shown = r.tomorrow ? tomorrowSaid(r.ms, now, zone, lang, timeLocale(lang, zone)) : whenIn(r.ms, zone, now, timeLocale(lang, zone));
  return { iso: r.iso, shown, zone, ...(r.tomorrow ? { tomorrow: true } : {}) };
}

/**
 * How a time is written for the desk: Dutch "di 1 dec 09:43"; English "Tue 1 Dec 09:43", or on a US or
 * Canadian clock as its readers and exports write it, "Tue, Dec 1, 9:43 AM" (export/text.ts usEnglish).
 */
const timeLocale = (lang: UiLanguage, zone: string): string => (lang === 'nl' ? 'nl-NL' : isNanpZone(zone) ? 'en-US' : 'en-GB');

/** A feed time as the publisher reads it: "09:43" (on a US clock "9:43 AM") in the feed's zone (with the date when not today). */
export function shownTime(value: unknown, feed: unknown, now: number, lang: UiLanguage = 'en'): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  const zone = feedZone(feed);
  return Number.isNaN(ms) ? String(value) : whenIn(ms, zone, now, timeLocale(lang, zone));
}

/**
 * shownTime with its preposition: "om 09:43", another day "op do 3 dec 09:43" (Dutch "om" stands only before a time;
 * "verlopen om do 3 dec 17:56" was wrong); English "at 09:43", another day "on Thu 3 Dec 09:43".
 */
export function shownAt(value: unknown, feed: unknown, now: number, lang: UiLanguage = 'en'): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  const dated = !Number.isNaN(ms) && !sameDay(ms, now, feedZone(feed));
  const word = lang === 'nl' ? (dated ? 'op' : 'om') : dated ? 'on' : 'at';
  return `${word} ${shownTime(value, feed, now, lang)}`;
}
