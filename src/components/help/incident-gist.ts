import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderPlain } from '../../content/markdown-plain.js';
import { openIncidents } from '../../feed/incidents.js';
import type { Incident, StatusPayload, TextValue } from '../../feed/schema.js';
import { pickText, termsFor } from '../../i18n/lang.js';

/**
 * What we know and don't know yet of an incident, its first block each, as the help dialog shows it under the incident
 * (after what to do now: "can I still call?" is answered there too). An all-clear's unknowns are history (as in
 * <clearline-status>). `md`: the Markdown renderer once loaded.
 */
export function gist(top: Incident, lang: string, md?: (source: string) => unknown, ended = false) {
  const st = termsFor(lang);
  const part = (label: string, v: TextValue) => {
    const text = pickText(v, lang).split(/\n\s*\n/)[0]!.trim();
    return text ? html`<div class="gist"><h4>${label}</h4> ${guard([text, md], () => (md ?? renderPlain)(text))}</div>` : nothing;
  };
  return html`${part(st.known, top.known)} ${ended ? nothing : part(st.unknown, top.unknown)}`;
}

/**
 * In the panel of a reason that can wait, during a disruption: the lead open incident's gist, above the FAQ's general
 * answers, with its title when more are open. "Wanneer heb ik weer stroom?" gave the FAQ's "zodra wij die weten" while
 * the estimate, "tussen 10:00 en 14:00", stood in the incident the reader had scrolled past (trial R). What is in force now
 * leads, a notice before one announced for later (trial T: "When will my power be back?" after the all-clear showed the
 * next night's planned works, not the notice for those still without power).
 */
export function aboutNow(status: StatusPayload | undefined, lang: string, now: number, md?: (source: string) => unknown) {
  const [top, more] = status ? openIncidents(status, now, true) : [];
  return top
    ? html`<div class="group" data-group="incident">${more ? html`<p><strong>${pickText(top.title, lang)}</strong></p>` : nothing}${gist(top, lang, md)}</div>`
    : nothing;
}
