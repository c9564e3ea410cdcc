/**
 * A contact reason's FAQ answers as ticks, one per question of the FAQ the studio was given (`clearline
 * studio --faq faq.json`, faq-source.ts), in the desk's language, as its channels are ticked: so "Mijn
 * pensioen is niet op mijn rekening" shows "Het geld staat donderdag op uw rekening" without anyone
 * writing the entry id in feed.json. An id that is not in the FAQ keeps a tick (lint names it) until unticked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ticked } from '../../feed/reason-edit.js';
import type { ContactReason } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import type { FaqAnswer } from './faq-source.js';
import { findingsFor, type FormContext } from './form.js';
import { REASON_TERMS } from './reason-terms.js';

/** What the ticks need of the reasons section's context (reasons.ts ReasonContext). */
export interface AnswerContext extends FormContext {
  changeReasons(mutate: (r: ContactReason[]) => void): void;
  faqAnswers?: readonly FaqAnswer[];
}

export function renderAnswers(ctx: AnswerContext, r: ContactReason, i: number, name: string): TemplateResult | typeof nothing {
  const key = `contact_reasons/${i}/faq`;
  const found = findingsFor(ctx, key);
  // Without the FAQ there is nothing to tick; the reason's links stay as they are (and a schema finding on them is still said).
  if (!ctx.faqAnswers) return found.view;
  const w = REASON_TERMS[uiLanguage(ctx.ui)];
  const all = ctx.faqAnswers.map((a) => a.id);
  const own = r.faq ?? [];
  const toggle = (id: string, on: boolean) =>
    ctx.changeReasons((rs) => {
      const x = rs[i]!;
      const ids = ticked(x.faq, all, id, on);
      if (ids) x.faq = ids;
      else delete x.faq;
    });
  const box = (id: string, label: string) =>
    html`<label class="check"><input type="checkbox" .checked=${own.includes(id)} @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} /> ${label}</label>`;
  return html`<fieldset class="reason-channels reason-answers" data-field=${key}>
    <legend>${w.answersFor(name)}</legend>
    ${ctx.faqAnswers.length ? ctx.faqAnswers.map((a) => box(a.id, pickText(a.question, ctx.ui) || a.id)) : html`<p class="hint">${w.noAnswers}</p>`}
    ${own.filter((id) => !all.includes(id)).map((id) => box(id, w.notInFaq(id)))} ${found.view}
  </fieldset>`;
}
