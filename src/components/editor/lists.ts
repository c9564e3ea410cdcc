/** The action list (with the template's suggestions) and the contact channels, as form sections. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel } from '../../feed/schema.js';
import { pickText } from '../../i18n/lang.js';
import { actionFrom, fromLangText, toLangText } from './draft.js';
import { fieldLabel, findingsFor, textField, type FormContext } from './form.js';

export function renderActions(ctx: FormContext): TemplateResult {
  const { t, draft, langs } = ctx;
  const first = langs.find((l) => l === ctx.ui.split('-')[0]) ?? langs[0] ?? '';
  const group = findingsFor(ctx, 'actions');
  return html`<fieldset class="actions">
    <legend>${t.actions}</legend>
    ${group.view}
    ${draft.actions.map(
      (a, i) => html`<div class="item" data-field=${`actions/${i}`}>
        <div class="langs">
          ${langs.map((l) => textField(ctx, l ? `actions/${i}/label/${l}` : `actions/${i}/label`, fieldLabel(ctx, `${t.actionLabel} ${i + 1}`, l), a.label[l] ?? '', (v) => ctx.change((d) => (d.actions[i]!.label = { ...d.actions[i]!.label, [l]: v }))))}
        </div>
        <div class="langs">
          ${langs.map((l) => textField(ctx, l ? `actions/${i}/who/${l}` : `actions/${i}/who`, fieldLabel(ctx, `${t.actionWho} ${i + 1}`, l), a.who[l] ?? '', (v) => ctx.change((d) => (d.actions[i]!.who = { ...d.actions[i]!.who, [l]: v })), false, draft.whoHint[l] ?? ''))}
        </div>
        <div class="row">
          <label class="check"><input type="checkbox" .checked=${a.urgent} @change=${(e: Event) => ctx.change((d) => (d.actions[i]!.urgent = (e.target as HTMLInputElement).checked))} /> ${t.actNow}</label>
          <button type="button" class="quiet" @click=${() => ctx.change((d) => d.actions.splice(i, 1))}>${t.removeAction} ${i + 1}</button>
        </div>
      </div>`,
    )}
    ${draft.suggestions.length
      ? html`<div class="suggestions">
          <p class="hint">${t.suggestions}</p>
          <ul>
            ${draft.suggestions.map((s, i) => {
              const label = s.label[first] ?? '';
              const add = (urgent: boolean) => ctx.change((d) => (d.actions.push(actionFrom(s, langs, urgent)), d.suggestions.splice(i, 1)));
              return html`<li>
                <span>${label}</span>
                <button type="button" @click=${() => add(false)} aria-label=${t.addSuggestion(label)}>+</button>
                <button type="button" @click=${() => add(true)} aria-label=${t.addSuggestionNow(label)}>+ ${t.actNow}</button>
              </li>`;
            })}
          </ul>
        </div>`
      : nothing}
    <button type="button" class="quiet" @click=${() => ctx.change((d) => d.actions.push(actionFrom(undefined, langs)))}>${t.addAction}</button>
  </fieldset>`;
}

export interface ChannelContext extends FormContext {
  channels: Channel[];
  changeChannels(mutate: (c: Channel[]) => void): void;
}

export function renderChannels(ctx: ChannelContext): TemplateResult | typeof nothing {
  const { t, langs } = ctx;
  if (!ctx.channels.length) return nothing;
  return html`<fieldset class="channels">
    <legend>${t.channels}</legend>
    ${ctx.channels.map((c, i) => {
      const name = pickText(c.label, ctx.ui);
      const reason = toLangText(c.reason, langs);
      const wait = findingsFor(ctx, `channels/${i}/wait_minutes`);
      const why = findingsFor(ctx, `channels/${i}/reason`);
      return html`<div class="item" data-field=${`channels/${i}`}>
        <p class="channel-name">${name}</p>
        <div class="row">
          <div class="field">
            <label for=${`f-channels-${i}-wait`}>${t.channelWait} — ${name}</label>
            <input id=${`f-channels-${i}-wait`} type="number" min="0" max="10080" inputmode="numeric" .value=${c.wait_minutes === undefined ? '' : String(c.wait_minutes)}
              @input=${(e: Event) => {
                const v = (e.target as HTMLInputElement).value;
                ctx.changeChannels((cs) => (v === '' ? delete cs[i]!.wait_minutes : (cs[i]!.wait_minutes = Math.max(0, Math.round(Number(v)) || 0))));
              }} />
            ${wait.view}
          </div>
          <label class="check"><input type="checkbox" .checked=${c.emergency === true} @change=${(e: Event) => ctx.changeChannels((cs) => ((e.target as HTMLInputElement).checked ? (cs[i]!.emergency = true) : delete cs[i]!.emergency))} /> ${t.channelEmergency} — ${name}</label>
        </div>
        <div class="langs">
          ${langs.map((l) =>
            textField(ctx, l ? `channels/${i}/reason/${l}` : `channels/${i}/reason`, `${fieldLabel(ctx, t.channelReason, l)} (${name})`, reason[l] ?? '', (v) =>
              ctx.changeChannels((cs) => {
                const next = { ...toLangText(cs[i]!.reason, langs), [l]: v };
                if (Object.values(next).every((s) => !s.trim())) delete cs[i]!.reason;
                else cs[i]!.reason = fromLangText(next, langs);
              }),
            ),
          )}
        </div>
        ${why.view}
      </div>`;
    })}
  </fieldset>`;
}
