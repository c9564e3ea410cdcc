import type { Incident } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import type { SearchDoc } from '../../search/index.js';

/**
 * An open incident as the FAQ search reads it (trial Q, a hospital: "ambulance" did not find the incident about
 * ambulances): its title as the question, what it affects as tags, and as the answer all the reader sees on opening it:
 * what we know, what we don't know yet, and each action (for whom, what to do, details). No Lit: node tests use it.
 */
export function incidentDoc(incident: Incident, lang: string): SearchDoc {
  const actions = (incident.actions ?? []).flatMap((a) => [a.who, a.label, a.detail].map((t) => pickText(t, lang)));
  return {
    id: incident.id,
    question: pickText(incident.title, lang),
    tags: (incident.affects ?? []).map((a) => pickText(a, lang)),
    answer: [pickText(incident.known, lang), pickText(incident.unknown, lang), ...actions].filter((t) => t.trim()).join('\n\n'),
  };
}
