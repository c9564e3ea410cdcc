/**
 * How an incident announced ahead is labelled while it has not started, the same in every element: "Vanaf do 10 dec,
 * 00:01" / "From Thu 10 Dec, 00:01" (today only the time), in place of the severity. Apart from terms.ts to keep it small.
 */
import { startsLater } from '../feed/announced.js';
export { isAnnounced } from '../feed/announced.js';
import type { Incident } from '../feed/schema.js';
import { formatDateTime, termsFor } from './lang.js';

/** The label, or undefined once it has started (or for an incident not announced ahead). */
export function announcedWhen(incident: Pick<Incident, 'phase' | 'starts_at'>, lang: string, now: number, zone?: string): string | undefined {
  const at = startsLater(incident, now);
  return at === undefined ? undefined : termsFor(lang).startsAt(formatDateTime(at, lang, now, zone));
}
