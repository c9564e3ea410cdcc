/**
 * A next update typed as a bare clock time for an incident updated daily (feed/cadence.ts, a boil water notice): at 14:00
 * "09:00" means tomorrow 09:00, the morning re-confirmation, not a passed time. `readWhen` (times.ts) refuses a passed
 * time and, past 4 hours, tells the desk to promise one within 4 hours, which is wrong for a daily notice. Here that
 * passed clock time is read as its next occurrence when that is within the daily limit (26 hours), and said back with
 * its date ("tomorrow, Thu 10 Dec, 09:00"), so nothing is moved unsaid. The CLI (`--daily`) and the studio's "Daily
 * updates" box both read through this. Pure: the clock and the zone are passed in; no DOM.
 */
import { DAILY_NEXT_UPDATE_MS } from './cadence.js';
import { isoUtc, readWhen, whenIn, type WhenOptions, type WhenReading } from './times.js';

/** A reading, and `tomorrow` when a passed clock time was read as tomorrow's. */
export type DailyReading = WhenReading & { tomorrow?: boolean };

/** `readWhen`, and with `daily` a bare clock time that has passed today as the next time the zone's clock shows it, within 26 hours. */
export function readDailyWhen(input: string, o: WhenOptions & { daily: boolean }): DailyReading {
  const r = readWhen(input, o);
  if (!o.daily || r.ok || r.code !== 'passed' || r.form !== 'clock' || r.suggestion - o.now > DAILY_NEXT_UPDATE_MS) return r;
  return { ok: true, ms: r.suggestion, iso: isoUtc(r.suggestion), tomorrow: true };
}

const TOMORROW = { en: 'tomorrow', nl: 'morgen' } as const;

/**
 * "tomorrow, Thu 10 Dec, 09:00" / "morgen, do 10 dec, 09:00" (on a US or Canadian clock, `locale` en-US: "tomorrow,
 * Thu, Dec 10, 9:00 AM"): the date and time a passed clock time was read as, in the feed's zone.
 */
export function tomorrowSaid(ms: number, now: number, timeZone: string, lang: 'en' | 'nl', locale = lang === 'nl' ? 'nl-NL' : 'en-GB'): string {
  const day = whenIn(ms, timeZone, now, locale);
  // whenIn writes "Thu 10 Dec 09:00" (en-US "Thu, Dec 10, 9:00 AM"): a comma before the clock where it has none.
  const said = locale === 'en-US' ? day : day.replace(/ (\d{1,2}:\d{2})$/, ', $1');
  return `${TOMORROW[lang]}, ${said}`;
}
