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
