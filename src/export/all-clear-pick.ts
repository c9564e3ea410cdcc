/**
 * Which all-clear an export leads with when none is chosen (text.ts chooseIncident). Trial Y: a water utility resolved its
 * boil water advisory and its online-payment notice in the same minute, and `clearline export --to sms` said the payment
 * all-clear: the one that matters to every resident (you can drink the water again) needed `--incident`. Of the all-clears
 * resolved within a minute of the latest, the most severe leads; else the latest, as before. Pure.
 */
import { rank, resolvedIncidents } from '../feed/incidents.js';
import type { Incident, StatusPayload } from '../feed/schema.js';

const at = (i: Incident) => Date.parse(i.resolved_at ?? i.updated_at);

/** The latest resolved incident, or of those resolved in the same minute (within 60 s of it) the most severe. */
export function leadAllClear(payload: StatusPayload): Incident | undefined {
  const done = resolvedIncidents(payload);
  const latest = done[0];
  if (!latest) return undefined;
  return done.filter((i) => at(latest) - at(i) < 60_000).reduce((best, i) => (rank(i) > rank(best) ? i : best), latest);
}
