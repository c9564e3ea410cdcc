import { labelSeparator } from '../../content/links.js';
import type { Incident } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import type { SearchDoc } from '../../search/index.js';

/**
 * An open incident as the FAQ search reads it (trial Q, a hospital: "ambulance" did not find the incident about
 * ambulances): its title as the question, what it affects as tags, and as the answer all the reader sees on opening it,
 * a paragraph each: the actions (the urgent first), what we know, what we don't know yet; an action as "For whom: what
 * to do. Details", the paragraph a result's snippet can be (trial W, a gas network: "You smell gas: Smell gas? Go
 * outside and call the emergency line at once"; search/highlight.ts `bestPart`, the first of equals).
 * No Lit: node tests use it.
 */
export function incidentDoc(incident: Incident, lang: string): SearchDoc {
  const actions = [...(incident.actions ?? [])].sort((a, b) => +!!b.urgent - +!!a.urgent).map((a, _, __, who = pickText(a.who, lang)) => `${who && who + labelSeparator(who)}${pickText(a.label, lang)} ${pickText(a.detail, lang)}`.trim());
  return {
    id: incident.id,
    question: pickText(incident.title, lang),
    tags: (incident.affects ?? []).map((a) => pickText(a, lang)),
    answer: [...actions, pickText(incident.known, lang), pickText(incident.unknown, lang)].filter((t) => t.trim()).join('\n\n'),
  };
}
