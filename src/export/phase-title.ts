/**
 * The phase an SMS says before an open incident's title ("Oorzaak gevonden: Storing mobiel netwerk…"), in the words
 * readers see on the status page (Terms.phase). An SMS has no room for what we know, so an update said the first one's
 * text word for word: a mobile operator's customers got the same SMS for "we zoeken de oorzaak" and "oorzaak gevonden"
 * (trial L). Only from the second update on (the incident has an earlier one in its history): the first SMS's news is
 * the incident itself. '' for the first phase (nothing found yet), once resolved (resolvedTitle says that), and when the
 * title says it itself, and for one announced ahead that has not begun (its title says when; trial O). Pure.
 */
import type { Incident } from '../feed/schema.js';
import type { Terms } from '../i18n/terms.js';

export function phaseBefore(incident: Pick<Incident, 'updates'>, view: { phase: string; resolved: boolean; title: string; announced?: string }, t: Pick<Terms, 'phase'>): string {
  if (!incident.updates?.length || view.resolved || view.announced || view.phase === t.phase.investigating || !view.phase.trim()) return '';
  return view.title.toLowerCase().includes(view.phase.toLowerCase()) ? '' : view.phase;
}

/** The title with the phase before it, as resolvedTitle says "Opgelost: …"; a title left out (cut to nothing) stays out. */
export const withPhase = (phase: string, title: string): string => (phase && title ? `${phase}: ${title}` : title);
