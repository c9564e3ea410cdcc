import { nothing } from 'lit';
import { html } from 'lit/static-html.js';
import type { Incident } from '../../feed/schema.js';
import { FAQ_TERMS } from '../../i18n/faq-terms.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';

/**
 * The note on an FAQ entry whose standing answer does not hold while an incident goes on (`faq_outdated`, trial Q,
 * finding 8: "Gaat mijn afspraak door? Ja, …" while all Tuesday appointments were cancelled): "Geldt nu niet, door: <title>"
 * under the question, before a snippet and before the answer, which follows as "Normaal:". The question button names it
 * as its description (aria-describedby), so a screen reader hears it with the question, not only a colour.
 */
export function outdatedNote(id: string, by: Incident | undefined, lang: string) {
  return by ? html`<p class="outdated" part="outdated" id="outdated-${id}">${FAQ_TERMS[uiLanguage(lang)].outdated(pickText(by.title, lang))}</p>` : nothing;
}

/** "Normaal:" / "Normally:" before the standing answer of such an entry. */
export const normally = (lang: string) => html`<p class="normally">${FAQ_TERMS[uiLanguage(lang)].normally}</p>`;
