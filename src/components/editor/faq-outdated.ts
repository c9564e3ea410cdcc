/**
 * The incident's FAQ answers that do not hold while it goes on (`faq_outdated`), as ticks, one per question of the FAQ the
 * studio was given (`clearline studio --faq`, faq-source.ts), as a contact reason's answers are ticked (reason-answers.ts).
 * Trial Q, finding 8: a hospital's night desk, who publishes with the studio, could not correct or hide the FAQ's "Gaat
 * mijn afspraak door? Ja, tenzij wij u bellen…" while all Tuesday appointments were cancelled (the web team signs the FAQ).
 * Folded (fold.ts): seldom needed. Without the FAQ there is nothing to tick and the section is left out, unless a problem
 * with the list must be said. An id that is not in the FAQ keeps a tick (lint's faq-outdated-unknown names it) until unticked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ticked } from '../../feed/reason-edit.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import type { FaqAnswer } from './faq-source.js';
import { fold } from './fold.js';
import { findingsFor, type FormContext } from './form.js';
import { REASON_TERMS } from './reason-terms.js';

const WORDS = {
  en: {
    title: 'FAQ answers that do not hold now',
    hint: 'Tick a question whose usual answer is not true while this incident goes on. Readers then see “Does not apply now, because of:” and the title above it, and the help dialog leaves it out. After the all-clear it is shown as before.',
    count: (n: number) => (n ? `${n} ticked` : 'none'),
  },
  nl: {
    title: 'FAQ-antwoorden die nu niet kloppen',
    hint: 'Vink een vraag aan waarvan het gewone antwoord niet klopt zolang dit incident duurt. Lezers zien er dan „Geldt nu niet, door:” met de titel boven, en het hulpvenster laat het weg. Na de afmelding staat het er weer gewoon.',
    count: (n: number) => (n ? `${n} aangevinkt` : 'geen'),
  },
} as const;

export function renderFaqOutdated(ctx: FormContext & { faqAnswers?: readonly FaqAnswer[] }): TemplateResult | typeof nothing {
  const key = 'faq_outdated';
  // Its findings are under `faq_outdated/<n>` (draft.ts fieldOf): said here, together.
  const keys = [...ctx.findings.keys()].filter((k) => k === key || k.startsWith(`${key}/`));
  const found = keys.map((k) => findingsFor(ctx, k).view);
  const own = ctx.draft.faqOutdated ?? [];
  if (!ctx.faqAnswers && !keys.length) return nothing;
  const w = WORDS[uiLanguage(ctx.ui)];
  const all = (ctx.faqAnswers ?? []).map((a) => a.id);
  const toggle = (id: string, on: boolean) => ctx.change((d) => (d.faqOutdated = ticked(d.faqOutdated, all, id, on)));
  const box = (id: string, label: string) =>
    html`<label class="check"><input type="checkbox" .checked=${own.includes(id)} @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} /> ${label}</label>`;
  return fold(ctx, key, w.title, w.count(own.length), false, html`<fieldset class="reason-channels faq-outdated" data-field=${key}>
    <legend>${w.title}</legend>
    <p class="hint">${w.hint}</p>
    ${ctx.faqAnswers ? (ctx.faqAnswers.length ? ctx.faqAnswers.map((a) => box(a.id, pickText(a.question, ctx.ui) || a.id)) : html`<p class="hint">${REASON_TERMS[uiLanguage(ctx.ui)].noAnswers}</p>`) : nothing}
    ${own.filter((id) => !all.includes(id)).map((id) => box(id, REASON_TERMS[uiLanguage(ctx.ui)].notInFaq(id)))} ${found}
  </fieldset>`);
}
