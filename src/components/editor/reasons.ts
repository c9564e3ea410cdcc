/**
 * The contact reasons as a form section: each reason's label per language, how pressing it is (reason-level.ts),
 * and which channels it offers (a tick per channel of the form), so nobody edits `contact_reasons`
 * in JSON. A new incident's template's typical reasons that the feed lacks are offered with "+", like the
 * template's actions: nothing is published unread. A feed that had none gets them all (`clearline new
 * incident` adds them there); a feed with its own gets those it lacks (which `new incident` names),
 * so a data breach a week after an outage is offered "A suspicious message or call".
 * The reasons are part of the linted feed, so findings appear next to these fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { idForName, newReason, newReasonId, ticked } from '../../feed/reason-edit.js';
import { isRestricted } from '../../feed/channels.js';
import { isTimeCritical, reasonChannels } from '../../feed/reasons.js';
import type { Channel, ContactReason, Incident, StatusPayload } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { missingContactReasons, templateLanguage, type TemplateName } from '../../templates/index.js';
import { fromLangText, isPlaceholderOnly, toLangText, type Draft } from './draft.js';
import { fieldLabel, findingsFor, textField, type FormContext } from './form.js';
import type { FaqAnswer } from './faq-source.js';
import { focusAdded, focusAfterRemoving } from './focus.js';
import { fold } from './fold.js';
export { FaqSource } from './faq-source.js';
import { renderAnswers } from './reason-answers.js';
import { renderLevel } from './reason-level.js';
import { REASON_TERMS } from './reason-terms.js';
import type { EditorSession } from './session.js';

export interface ReasonContext extends FormContext {
  channels: Channel[];
  reasons: readonly ContactReason[];
  changeReasons(mutate: (r: ContactReason[]) => void): void;
  /** The new incident's template, whose typical reasons the feed lacks are offered. */
  reasonTemplate?: TemplateName;
  /** The feed had contact reasons when opened: the template's are offered as ones it lacks, not as its set. */
  ownReasons?: boolean;
  /** The reason ids of the feed as opened or last saved: these never change (reports count by them). */
  publishedReasons: readonly string[];
  /** The FAQ's answers to link reasons to (faq-source.ts); undefined when the editor has no FAQ. */
  faqAnswers?: readonly FaqAnswer[];
}

/** The context members from the session: a new incident is offered its template's typical reasons that the feed lacks. */
export function reasonParts(s: EditorSession, draft?: Draft, faqAnswers?: readonly FaqAnswer[]): Pick<ReasonContext, 'reasons' | 'changeReasons' | 'reasonTemplate' | 'ownReasons' | 'publishedReasons' | 'faqAnswers'> {
  const opened = s.opened.contact_reasons ?? [];
  return { reasons: s.base.contact_reasons ?? [], changeReasons: (m) => s.changeReasons(m), reasonTemplate: draft?.template, ownReasons: opened.length > 0, publishedReasons: opened.map((r) => r.id), faqAnswers };
}

/** The template's reasons not added yet, in the languages the form edits that the templates are written in. */
function suggestions(ctx: ReasonContext): ContactReason[] {
  // A regional tag is offered its language's texts (nl-BE the Dutch, as new incident writes them): before, a Flemish desk got none.
  const langs = ctx.langs.filter((l) => templateLanguage(l));
  if (!ctx.reasonTemplate || !langs.length) return [];
  return missingContactReasons(ctx.reasonTemplate, langs, ctx.reasons, ctx.zone);
}

const nameOf = (text: ContactReason['label'] | Channel['label'], ui: string, fallback: string) => {
  const own = pickText(text, ui);
  return own.trim() && !isPlaceholderOnly(own) ? own : fallback;
};

/** A name typed in language `l`; a reason not yet published takes an id from its name (reason-edit.ts idForName). */
function setName(ctx: ReasonContext, i: number, l: string, v: string): void {
  ctx.changeReasons((rs) => {
    const x = rs[i]!;
    const before = x.label;
    x.label = fromLangText({ ...toLangText(x.label, ctx.langs), [l]: v }, ctx.langs);
    x.id = idForName(x, before, rs, ctx.publishedReasons, ctx.langs);
  });
}

function renderReason(ctx: ReasonContext, r: ContactReason, i: number): TemplateResult {
  const w = REASON_TERMS[uiLanguage(ctx.ui)];
  const name = nameOf(r.label, ctx.ui, `${w.reason} ${i + 1}`);
  const change = (m: (r: ContactReason) => void) => ctx.changeReasons((rs) => m(rs[i]!));
  const label = toLangText(r.label, ctx.langs);
  const key = `contact_reasons/${i}`;
  const whole = findingsFor(ctx, key);
  const offered = findingsFor(ctx, `${key}/channels`);
  const toggle = (id: string, on: boolean) =>
    change((x) => {
      // In the order of the channels in the form; an id of no channel (which lint refuses) stays last.
      const ids = ticked(x.channels, ctx.channels.map((c) => c.id), id, on);
      if (ids) x.channels = ids;
      else delete x.channels;
    });
  return html`<div class="item" data-field=${key}>
    <p class="channel-name">${name}</p>
    ${whole.view}
    <div class="langs">
      ${ctx.langs.map((l) => textField(ctx, l ? `${key}/label/${l}` : `${key}/label`, fieldLabel(ctx, `${w.reason} ${i + 1}`, l), label[l] ?? '', (v) => setName(ctx, i, l, v)))}
    </div>
    ${renderLevel(w, r, key, name, change)}
    <fieldset class="reason-channels" data-field=${`${key}/channels`}>
      <legend>${w.channelsFor(name)}</legend>
      ${ctx.channels.length
        ? ctx.channels.map(
            (c, j) => html`<label class="check"><input type="checkbox" .checked=${r.channels?.includes(c.id) ?? false} @change=${(e: Event) => toggle(c.id, (e.target as HTMLInputElement).checked)} /> ${nameOf(c.label, ctx.ui, `${ctx.t.channel} ${j + 1}`)}</label>`,
          )
        : html`<p class="hint">${w.noChannels}</p>`}
      ${offered.view}
    </fieldset>
    ${renderAnswers(ctx, r, i, name)} ${renderOffered(ctx, r)}
    <button type="button" class="quiet" @click=${(e: Event) => (ctx.changeReasons((rs) => rs.splice(i, 1)), focusAfterRemoving(e, 'contact_reasons', i))}>${`${w.removeReason} ${i + 1}`}</button>
  </div>`;
}

/**
 * What readers who choose the reason are offered, by the readers' own rules (feed/reasons.ts), and
 * which ticked channels they are not: an urgent reason offers the emergency line and nothing that
 * makes the reader wait, so a desk that ticked only its call-back line saw no sign that readers got 112.
 */
function renderOffered(ctx: ReasonContext, r: ContactReason): TemplateResult {
  const w = REASON_TERMS[uiLanguage(ctx.ui)];
  const open = ctx.draft.phase === 'resolved' ? [] : [{ phase: ctx.draft.phase } as Incident];
  const offered = reasonChannels({ channels: ctx.channels, incidents: open } as StatusPayload, r);
  const name = (c: Channel) => nameOf(c.label, ctx.ui, `${ctx.t.channel} ${ctx.channels.indexOf(c) + 1}`);
  const dropped = ctx.channels.filter((c) => r.channels?.includes(c.id) && !offered.includes(c));
  // With no ticks every line is offered but those only for some (feed/reasons.ts): say why one is missing.
  const forSome = r.channels?.length ? [] : ctx.channels.filter(isRestricted);
  return html`<p class="hint offered">${w.offered(offered.map(name))}${dropped.length ? ` ${w.notOffered(dropped.map(name))}` : nothing}${forSome.length ? ` ${w.notForAll(forSome.map(name))}` : nothing}${isTimeCritical(r) ? ` ${w.soonOffered}` : nothing}</p>`;
}

/** The folded section's summary (fold.ts): how many reasons, and how many the template suggests. */
const COUNT = {
  en: (n: number, offered: number) => `${n === 1 ? '1 reason' : `${n} reasons`}${offered ? `, ${offered} suggested` : ''}`,
  nl: (n: number, offered: number) => `${n === 1 ? '1 reden' : `${n} redenen`}${offered ? `, ${offered} voorgesteld` : ''}`,
} as const;

/** The reasons, folded (fold.ts) once the feed has some, except while a new feed is set up: an update seldom changes them. */
export function renderReasons(ctx: ReasonContext, setup = false): TemplateResult {
  const w = REASON_TERMS[uiLanguage(ctx.ui)];
  const all = findingsFor(ctx, 'contact_reasons');
  const offer = suggestions(ctx);
  return fold(ctx, 'contact_reasons', w.reasons, COUNT[uiLanguage(ctx.ui)](ctx.reasons.length, offer.length), setup || !ctx.reasons.length, html`<fieldset class="reasons" data-field="contact_reasons">
    <legend>${w.reasons}</legend>
    <p class="hint">${w.hint}</p>
    ${all.view} ${ctx.reasons.map((r, i) => renderReason(ctx, r, i))}
    ${offer.length
      ? html`<div class="suggestions">
          <p class="hint">${ctx.ownReasons ? w.suggestedMissing : w.suggested}</p>
          <ul>
            ${offer.map((s) => {
              const label = pickText(s.label, ctx.ui);
              return html`<li>
                <span>${label}</span>
                <button type="button" aria-label=${w.addSuggested(label)} @click=${(e: Event) => (ctx.changeReasons((rs) => rs.push({ ...s, id: newReasonId(s.id, rs), label: fromLangText(toLangText(s.label, ctx.langs), ctx.langs) })), focusAdded(e, 'contact_reasons', ctx.reasons.length))}>+</button>
              </li>`;
            })}
          </ul>
        </div>`
      : nothing}
    <button type="button" class="quiet" data-add="contact_reasons" @click=${(e: Event) => (ctx.changeReasons((rs) => rs.push(newReason(rs, ctx.langs))), focusAdded(e, 'contact_reasons', ctx.reasons.length))}>${w.addReason}</button>
  </fieldset>`);
}
