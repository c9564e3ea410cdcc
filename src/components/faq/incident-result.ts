import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import { labelSeparator, numberLang } from '../../content/links.js';
import { markdown } from '../../content/markdown-lazy.js';
import { isAnnounced } from '../../feed/announced.js';
import type { Action, FaqEntry, Incident, StatusPayload } from '../../feed/schema.js';
import type { FaqTerms } from '../../i18n/faq-terms.js';
import { pickText, termsFor } from '../../i18n/lang.js';
import { contactLink } from '../shared/contact-link.js';
import { headingTag } from '../shared/heading.js';
import { nextUpdateLine } from '../shared/next-update.js';
import { incidentDoc } from './incident-docs.js';

/** An open incident's heading in the FAQ: "About the current disruption: …", "… announced: …", a notice by its own title. */
export function disruptionHeading(incident: Incident, t: FaqTerms, lang: string, now: number, shownAbove = false): string {
  const title = pickText(incident.title, lang);
  if (isAnnounced(incident, now)) return t.announcedDisruption(title);
  if (incident.severity == 'info') return title;
  return shownAbove ? t.thisDisruption : t.currentDisruption(title);
}

/**
 * An open incident found by a search, as a result of the FAQ (trial Q, a hospital: at 02:20 "ambulance" gave "No
 * results" while the incident about ambulances was on the page): its heading as while browsing is the question, its
 * texts the answer the snippet is cut from (`snippet`: the part that matched best, search/highlight.ts `bestPart`).
 * The id `incident:<id>` is no entry's (entry ids have no colon), so opening it sends no `clearline-open` and it gets
 * no "Did this answer your question?" or link to copy.
 */
export const incidentEntry = (incident: Incident, t: FaqTerms, lang: string, now: number, snippet?: string): FaqEntry => ({
  id: `incident:${incident.id}`,
  question: disruptionHeading(incident, t, lang, now),
  answer: snippet ?? incidentDoc(incident, lang).answer,
});

/**
 * The opened incident, as the status element orders it: the urgent actions first (trial N), then what we know and
 * what we don't know yet, then the other actions. `level`: the heading level of the question.
 */
export function incidentDetails(incident: Incident, lang: string, level: number, status: StatusPayload | undefined) {
  const s = termsFor(lang);
  const sub = headingTag(level, 1);
  // The feed's numbers in the texts become links, as in the FAQ's answers (and a bare address only to its own site).
  const md = (text: string) => html`<div class="md">${markdown()?.renderMarkdown(text, status) ?? text}</div>`;
  const action = (a: Action, who = pickText(a.who, lang)) =>
    html`<li>${who ? html`<strong>${who}${labelSeparator(who).trim()}</strong> ` : nothing}${contactLink(a.href, pickText(a.label, lang), numberLang(lang, status?.time_zone), 'brackets', undefined, who)}${a.detail ? md(pickText(a.detail, lang)) : nothing}</li>`;
  const part = (heading: string, body: unknown) => (body ? html`<${sub}>${heading}</${sub}>${body}` : nothing);
  const list = (actions: Action[]) => (actions.length ? html`<ul>${actions.map((a) => action(a))}</ul>` : '');
  const urgent = incident.actions?.filter((a) => a.urgent) ?? [];
  const unknown = pickText(incident.unknown, lang);
  return html`${part(urgent.some((a) => a.who) ? s.actNow : s.actNowAll, list(urgent))}${part(s.known, md(pickText(incident.known, lang)))}${part(s.unknown, unknown.trim() && md(unknown))}${part(s.whatYouCanDo, list(incident.actions?.filter((a) => !a.urgent) ?? []))}`;
}

/** Under an open incident found by a search or pointed to by the no-answer box: when its next update comes (trial S). */
export const incidentNext = (incident: Incident, lang: string, now: number, status: StatusPayload | undefined) =>
  incident.next_update_at ? html`<p class="snippet" part="next-update">${nextUpdateLine(incident, lang, now, status?.time_zone)}</p>` : nothing;
