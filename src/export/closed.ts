/**
 * A line closed now by its opening hours, as every channel says it: the readers' "Nu gesloten, weer open om 08:00"
 * (i18n/closed.ts) on the feed's own clock, in place of a wait nobody queues for. An e-mail at 02:00 listed
 * "Klantenservice (Verwachte wachttijd ongeveer 20 minuten)" for a line closed until Monday 08:00; its phone message said
 * the incident and "Fijn dat u wacht" on a line nobody answers (ivr.ts).
 */
import { closedAt } from '../feed/opening-hours.js';
import type { Channel } from '../feed/schema.js';
import { channelWait } from '../i18n/phrases.js';
import type { Terms } from '../i18n/terms.js';

/** The feed's clock as the exports read it (text.ts feedClock). */
interface Clock {
  time(ms: number): string;
  dated(ms: number): string;
}

/** When a line closed now opens again (ms; null: not in the coming week); undefined while it is open or has no hours. */
export const opensAt = (c: Channel, now: number, zone?: string): number | null | undefined => (c.opening_hours ? closedAt(c.opening_hours, now, zone) : undefined);

/** "Nu gesloten, weer open maandag 7 december om 08:00" split around its time ([text] when it opens in none). */
export function closedParts(t: Terms, clock: Clock, until: number | null): [string, string?, string?] {
  if (until === null) return [t.closedNow('', false)];
  const time = clock.time(until);
  const [before, after] = t.closedNow('\u0000', time === clock.dated(until)).split('\u0000') as [string, string];
  return [before, time, after];
}

/** A channel's wait as the elements say it, or, closed now (`opens`, from opensAt), that it is closed and when it opens. */
export function waitOrClosed(t: Terms, clock: Clock, c: Channel, lang: string, opens: number | null | undefined): string {
  return opens === undefined ? channelWait(t, c, lang) : closedParts(t, clock, opens).join('');
}
