import { html, nothing } from 'lit';
import type { Incident, StatusPayload } from '../../feed/schema.js';
import type { FaqTerms } from '../../i18n/faq-terms.js';
import { pickText } from '../../i18n/lang.js';
import { incidentDetails, incidentNext } from './incident-result.js';

/**
 * The first lines of the no-answer box while something is going on (trials Q and S): a hospital's "A&E" and another trial's
 * "wanneer is het opgelost" said only "No results", with the incident on the same page. Each incident going on
 * (FaqStatusFeed.goingOn), as "About the current disruption: <title>": a button that opens it right there, as a search
 * result about it opens (incident-result.ts), with its next update under it, before the ways to reach a person.
 * `open`: the element's opened ids (`incident:<id>`, as its search result; no entry id has a colon).
 */
export function goingOnLines(incidents: readonly Incident[], open: ReadonlySet<string>, toggle: (id: string) => void, t: FaqTerms, lang: string, now: number, level: number, status?: StatusPayload) {
  return incidents.map((i) => {
    const id = `incident:${i.id}`, isOpen = open.has(id);
    return html`<button class="now" aria-expanded=${isOpen} @click=${() => toggle(id)}>${t.currentDisruption(pickText(i.title, lang))}</button>${incidentNext(i, lang, now, status)}${isOpen ? html`<div class="answer">${incidentDetails(i, lang, level, status)}</div>` : nothing}`;
  });
}
