/**
 * What a one-incident export (SMS, social posts) left out, for standard error: with several open
 * incidents the publisher must hear which one went out and how to send another. In Dutch when the
 * export is Dutch (`--lang nl`, or a feed whose first language is Dutch), else in English.
 */
import { openIncidents } from '../feed/incidents.js';
import type { StatusPayload } from '../feed/schema.js';
import { feedLanguages } from '../export/index.js';

export const ONE_INCIDENT_FORMATS = ['sms', 'social'] as const;
export type OneIncidentFormat = (typeof ONE_INCIDENT_FORMATS)[number];

/** The exporter's own account of what it covered: `incident` and the open `others` it left out. */
export interface Coverage {
  incident?: string;
  others: readonly string[];
}

/** "3 open incidents; this SMS is about X only. Give --incident ID for another: Y, Z", or undefined when nothing was left out. */
export function leftOutNote(format: OneIncidentFormat, payload: StatusPayload, r: Coverage, lang?: string): string | undefined {
  if (!r.incident || !r.others.length) return undefined;
  const open = openIncidents(payload).length;
  const others = r.others.join(', ');
  if (/^nl\b/i.test(lang ?? feedLanguages(payload)[0]!)) {
    const what = format === 'sms' ? 'deze sms gaat' : 'deze berichten gaan';
    return `${open} open ${open === 1 ? 'storing' : 'storingen'}; ${what} alleen over ${r.incident}. Geef --incident ID voor een andere: ${others}`;
  }
  const what = format === 'sms' ? 'this SMS is' : 'these posts are';
  return `${open} open incident${open === 1 ? '' : 's'}; ${what} about ${r.incident} only. Give --incident ID for another: ${others}`;
}
