/** `--next-update` for the CLI: parsed in the feed's time zone, refused with a sentence to act on. */
import { parseWhen, TimeError, whenIn } from '../feed/times.js';
import { CliError } from './command.js';
import { feedZone } from './lint-report.js';

/** The next update as UTC ISO, and as the publisher says it ("10:30", in the feed's zone). */
export function nextUpdateOption(input: string, feed: unknown, now: number): { iso: string; shown: string; zone: string } {
  const zone = feedZone(feed);
  try {
    const iso = parseWhen(input, { now, timeZone: zone });
    return { iso, shown: whenIn(Date.parse(iso), zone, now), zone };
  } catch (e) {
    if (e instanceof TimeError) throw new CliError(`--next-update ${input}: ${e.message}`, 2, 'usage');
    throw e;
  }
}

/** A feed time as the publisher reads it: "09:43" in the feed's zone (with the date when not today). */
export function shownTime(value: unknown, feed: unknown, now: number): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? String(value) : whenIn(ms, feedZone(feed), now);
}
