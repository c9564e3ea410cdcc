/**
 * The phase an SMS says before an open incident's title ("Oorzaak gevonden: Storing mobiel netwerk…"), in the words
 * readers see on the status page (Terms.phase). An SMS has no room for what we know, so an update said the first one's
 * text word for word: a mobile operator's customers got the same SMS for "we zoeken de oorzaak" and "oorzaak gevonden"
 * (trial L). Only from the second update on (the incident has an earlier one in its history): the first SMS's news is
 * the incident itself. '' for the first phase (nothing found yet), once resolved (resolvedTitle says that), and when the
 * title says it itself. One announced ahead that has not begun gets when it begins instead ("From Thursday 10 December at
 * 00:01: Drivers' strike"), unless its title names that day (startSaid): an SMS and a phone message said "Drivers' strike:
 * no trams or buses" on Monday, as if it were on now. Pure.
 */
import type { Incident } from '../feed/schema.js';
import type { Terms } from '../i18n/terms.js';

export function phaseBefore(incident: Pick<Incident, 'updates'>, view: { phase: string; resolved: boolean; title: string; announced?: string }, t: Pick<Terms, 'phase'>): string {
  if (view.announced && !view.resolved) return startBefore(view);
  if (!incident.updates?.length || view.resolved || view.phase === t.phase.investigating || !view.phase.trim()) return '';
  return view.title.toLowerCase().includes(view.phase.toLowerCase()) ? '' : view.phase;
}

/** When one announced ahead begins, to say before its title, unless the title names the day; '' for any other. */
export const startBefore = (view: { resolved: boolean; title: string; announced?: string }): string =>
  view.announced && !view.resolved && !startSaid(view.title, view.announced) ? view.announced : '';

/** The title with the phase before it, as resolvedTitle says "Opgelost: …"; a title left out (cut to nothing) stays out. */
export const withPhase = (phase: string, title: string): string => (phase && title ? `${phase}: ${title}` : title);

/**
 * Whether a title names the day `announced` says ("From Thursday 10 December at 00:01", "donderdag 10 december om 00:01", "Thursday,
 * December 10 at 12:01 AM"): its weekday, or its day number beside its month (whole or its first three letters: "10 dec").
 */
export function startSaid(title: string, announced: string): boolean {
  const dated = announced.replace(/^(?:from|vanaf)\s+/i, '');
  const words = dated.replace(/^\p{L}+,?\s/u, '').match(/\p{L}+|\d+/gu) ?? [];
  const weekday = dated.match(/^\p{L}+/u)?.[0];
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  const month = words.find((w) => /^\p{L}{3,}$/u.test(w));
  const t = ` ${title.toLowerCase()} `;
  const has = (re: string) => new RegExp(re, 'u').test(t);
  if (weekday && weekday.length > 2 && has(`[^\\p{L}]${weekday.toLowerCase()}[^\\p{L}]`)) return true;
  if (!day || !month) return false;
  const m = `${month.slice(0, 3).toLowerCase()}\\p{L}*\\.?`;
  return has(`[^\\d]${day}(?:st|nd|rd|th|e)?\\.?\\s+${m}`) || has(`${m}\\s+${day}[^\\d]`);
}
