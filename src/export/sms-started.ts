/**
 * Whether an incident announced ahead has begun since the last SMS, and the few words an SMS says it with. Trial Z: on
 * the strike's first day the SMS (its update said "The strike started at 07:00 today") was byte for byte Monday's
 * announcement; a patient could not tell it had begun. Now it begins "Now: …" ("Nu: …"), a label that gives way before
 * the urgent action only (sms-phase.ts, as when one announced ahead begins). Pure.
 */
import type { Incident } from '../feed/schema.js';

const NOW: Record<string, string> = { en: 'Now', nl: 'Nu' };

/**
 * The label ("Now", "Nu") when the incident's `starts_at` has passed at `now`, this update was written after it and the
 * one before it (or the announcement, `started_at`) before it: the last SMS went out before the start. '' otherwise, or in another language.
 */
export function startedLabel(incident: Pick<Incident, 'phase' | 'starts_at' | 'started_at' | 'updated_at' | 'updates'>, now: number, lang: string): string {
  if (incident.phase === 'resolved' || !incident.starts_at) return '';
  const start = Date.parse(incident.starts_at);
  if (!(start <= now)) return '';
  // This update was written once it had begun, the one before it (or the announcement) before: a feed not updated since
  // says nothing before its title once it has begun (announced-start-said), as before.
  const before = Math.max(...(incident.updates ?? []).map((u) => Date.parse(u.at)).filter((t) => t < Date.parse(incident.updated_at)), Date.parse(incident.started_at));
  const since = Date.parse(incident.updated_at) >= start && before < start;
  return since ? NOW[lang.split('-')[0]!.toLowerCase()] ?? '' : '';
}
