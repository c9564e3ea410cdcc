/**
 * An open incident of severity `info` is a notice: standing advice ("Wij vragen nooit om uw bankgegevens of pincode"),
 * not a disruption. It may promise no next update (`next_update_at: null`), readers show it calmly (no phase, no
 * "Storing", no red dot) and a disruption going on outranks it. Trial P, a health insurer: a phishing warning kept open
 * for weeks after a ransomware attack had to promise an update every 4 hours, read "Oorzaak gevonden" and turned the
 * badge to "Storing". Pure; no DOM.
 */
import type { Incident } from './schema.js';

/** True for an open incident of severity `info`. */
export const isNotice = (incident: Pick<Incident, 'phase' | 'severity'>): boolean => incident.phase !== 'resolved' && incident.severity === 'info';

/**
 * Only notices are open and one promises no update before `expires` (ms): readers see it "Not confirmed since …" from then
 * unless the feed is signed again (a heartbeat job). `sign` says so, and the studio after signing (trial Q: a hospital's
 * "we will call you" read "Niet meer bevestigd sinds 15:01" at 16:30, the studio had said nothing). Loose input: the CLI's unchecked document too.
 */
export function onlyNoticesLapse(incidents: unknown, expires: number): boolean {
  const open = (Array.isArray(incidents) ? incidents : []).filter((i) => !isObj(i) || i.phase !== 'resolved');
  return open.length > 0 && open.every((i) => isObj(i) && i.severity === 'info') && open.some((i) => !(Date.parse(String((i as Obj).next_update_at)) <= expires));
}
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
