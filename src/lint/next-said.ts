/**
 * A promised next update as lint's messages name it: "09:00" today, and with its day when it is not today in the feed's
 * zone, "wo 16 dec 09:00" / "Wed 16 Dec 09:00" ("Wed, Dec 16, 9:00 AM" on a US or Canadian clock), as the CLI's
 * shownTime and the studio say it (feed/times.ts whenIn). A university's desk read "de volgende update komt pas over
 * 40 uur en 30 minuten (om 09:00, 2026-12-16T09:00:00+01:00)" on a Monday afternoon: 09:00 on Wednesday (trial X).
 * Pure.
 */
import { isNanpZone } from '../feed/dialling.js';
import { sameDay } from '../feed/wall-clock.js';
import { whenIn } from '../feed/times.js';

/** The time of `ms` with its day when not today, or undefined when it is today (the caller says it as before). */
export function dayAndClock(ms: number, now: number, timeZone: string, lang: 'en' | 'nl'): string | undefined {
  try {
    if (sameDay(ms, now, timeZone)) return undefined;
    return whenIn(ms, timeZone, now, lang === 'nl' ? 'nl-NL' : isNanpZone(timeZone) ? 'en-US' : 'en-GB');
  } catch {
    return undefined;
  }
}

/** The preposition before it: "om 09:00", "op wo 16 dec 09:00"; "at 09:00", "on Wed 16 Dec 09:00". */
export const dayWord = (dated: boolean, lang: 'en' | 'nl'): string => (lang === 'nl' ? (dated ? 'op' : 'om') : dated ? 'on' : 'at');
