/**
 * What `next-update-too-far` says of an incident announced ahead (feed/announced-edit.ts): the one limit that applies, how
 * far away the next update is, and the latest time allowed. Trial Z, a hospital trust: "same time tomorrow" typed a few
 * seconds before 16:00 was 24 hours and a few seconds away, and the studio said "more than a day away, or more than 4 hours
 * after the start (07:00, Thu 17 Dec)", the second half not true and no time to give instead. Pure.
 */
import { ANNOUNCED_NEXT_UPDATE_MS } from '../../feed/announced-edit.js';
import { DAILY_NEXT_UPDATE_MS } from '../../feed/cadence.js';
import type { Said } from '../rule.js';

type Lang = 'en' | 'nl';
const MIN = 60_000;
const HOUR = 60 * MIN;

/** "just over 24 hours", "25 hours 5 minutes", "ruim 24 uur", "25 uur en 5 minuten": rounded down, so never less than it is. */
export function distanceSaid(ms: number, lang: Lang): string {
  const total = Math.floor(ms / MIN);
  const [h, m] = [Math.floor(total / 60), total % 60];
  const over = m === 0 && ms % MIN > 0;
  if (lang === 'nl') return `${over ? 'ruim ' : ''}${h} uur${m ? ` en ${m} ${m === 1 ? 'minuut' : 'minuten'}` : ''}`;
  return `${over ? 'just over ' : ''}${h} ${h === 1 ? 'hour' : 'hours'}${m ? ` ${m} ${m === 1 ? 'minute' : 'minutes'}` : ''}`;
}

export interface AnnouncedFar {
  next: number;
  now: number;
  start: number;
  /** Updated daily on purpose (26 hours before the start instead of 24). */
  daily: boolean;
  /** A time as the desk reads it: "Tue 15 Dec 16:00", "16:00" today. */
  said(ms: number, lang: Lang): string;
  /** The start: "07:00, Thu 17 Dec". */
  startSaid(lang: Lang): string;
}

/** The message and fix: "more than 4 hours after the start" only when that limit is the one passed. */
export function announcedTooFar(o: AnnouncedFar): { message: Said; fix: Said } {
  const aheadMs = o.daily ? DAILY_NEXT_UPDATE_MS : ANNOUNCED_NEXT_UPDATE_MS;
  const afterStart = o.start + 4 * HOUR < o.now + aheadMs;
  // The latest allowed, to the minute and never past the limit: 15:59 for 15:59:50 tomorrow.
  const latest = Math.floor((afterStart ? o.start + 4 * HOUR : o.now + aheadMs) / MIN) * MIN;
  const [ahead, at, by] = [aheadMs / HOUR, (l: Lang) => o.said(o.next, l), (l: Lang) => o.said(latest, l)];
  const message: Said = afterStart
    ? {
        en: `the next update (${at('en')}) is more than 4 hours after the start (${o.startSaid('en')}); promise one within 4 hours of the start: by ${by('en')} at the latest`,
        nl: `de volgende update (${at('nl')}) komt meer dan 4 uur na het begin (${o.startSaid('nl')}); beloof er een binnen 4 uur na het begin: uiterlijk ${by('nl')}`,
      }
    : {
        en: `the next update is ${distanceSaid(o.next - o.now, 'en')} away (${at('en')}); before the start, promise one within ${ahead} hours: by ${by('en')} at the latest`,
        nl: `de volgende update komt over ${distanceSaid(o.next - o.now, 'nl')} (${at('nl')}); beloof vóór het begin een update binnen ${ahead} uur: uiterlijk ${by('nl')}`,
      };
  return {
    message,
    fix: {
      en: 'Before it starts, promise an update within a day ("no news: it goes ahead as announced"), and one within 4 hours of the start.',
      nl: 'Beloof vóór het begin binnen een dag een update („geen nieuws: het gaat door zoals aangekondigd”), en een binnen 4 uur na het begin.',
    },
  };
}
