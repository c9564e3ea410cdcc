/**
 * Which incidents' latest CAP alert still holds, for the one alert `export --to cap` writes to a file or standard output:
 * every open incident that has alerts, and every resolved one whose all-clear is less than RECENTLY_RESOLVED_MS old (the
 * all-clear's own <expires>, as long as the phone line and SMS lead with it). A bus company resolved a tram breakdown and a
 * strike in the same hour; only the tram's all-clear went out, and nothing said the strike's was left (trial O). The CLI
 * names the others with the --incident or --out DIR/ that writes them. One <alert> per file stays: an alert is one
 * incident's thread (`references`, `incidents`), and two incidents in one alert would clear or replace both threads at once.
 */
import type { Incident, StatusPayload } from '../feed/schema.js';
import type { CapResult } from './cap.js';
import { RECENTLY_RESOLVED_MS } from './text.js';

export function capCurrent(payload: StatusPayload, result: Pick<CapResult, 'alerts' | 'publishedResolved'>, now: number): Incident[] {
  const alerted = new Set(result.alerts.map((a) => a.incident));
  return payload.incidents.filter(
    (i) => alerted.has(i.id) && (i.phase !== 'resolved' || now - Date.parse(i.resolved_at ?? i.updated_at) <= RECENTLY_RESOLVED_MS),
  );
}
