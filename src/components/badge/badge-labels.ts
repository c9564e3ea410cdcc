/**
 * Shorter labels for a badge too narrow for the whole one (a phone header with `--clearline-badge-width: 9em`):
 * "No known d…" and "Status on…" told a reader nothing (trials D and E). Tried in order until one fits; screen
 * readers always get the whole label. Only the badge loads these.
 */
import type { OverallState } from '../../feed/incidents.js';

type Shorter = Partial<Record<OverallState | 'loading', readonly string[]>>;

export const SHORTER_LABELS: Record<'en' | 'nl', Shorter> = {
  en: { ok: ['No disruptions', 'All normal'], unknown: ['Unknown'], loading: ['Checking…'] },
  nl: { ok: ['Geen storingen', 'Geen storing', 'Normaal'], unknown: ['Onbekend'], loading: ['Laden…'] },
};
