/**
 * Who or what a contact line is for (the feed's `purpose`), one field per language under the line's name. Readers show
 * it under the name, apart from the wait, and it stays after the all-clear: a transport company wrote "For disabled
 * passengers …" as the reason for the wait, and readers said "Expected wait about 5 minutes: For disabled passengers …"
 * until Resolved took it away with the wait (trial O).
 */
import { html, type TemplateResult } from 'lit';
import type { Channel } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';
import { fromLangText, toLangText } from './draft.js';
import { fieldLabel, textField, type FormContext } from './form.js';

const PURPOSE = {
  en: { label: 'Who this line is for', hint: 'Readers see it under the name, also after the all-clear, e.g. For disabled people and anyone who needs extra help.' },
  nl: { label: 'Voor wie deze lijn is', hint: 'Lezers zien dit onder de naam, ook na Opgelost, bijv. Voor mensen met een beperking en iedereen die extra hulp nodig heeft.' },
} as const;

/** The purpose per language back into the channel, or the member removed when every language is blank. */
function setPurpose(c: Channel, langs: string[], l: string, v: string): void {
  const next = { ...toLangText(c.purpose, langs), [l]: v };
  if (Object.values(next).every((s) => !s.trim())) delete c.purpose;
  else c.purpose = fromLangText(next, langs);
}

/** The fields of channel `i` (shown as `name`); `change` applies an edit to that channel. */
export function purposeFields(ctx: FormContext, c: Channel, i: number, name: string, change: (m: (c: Channel) => void) => void): TemplateResult {
  const { langs } = ctx;
  const w = PURPOSE[uiLanguage(ctx.ui)];
  const value = toLangText(c.purpose, langs);
  return html`<div class="langs">
    ${langs.map((l) => textField(ctx, l ? `channels/${i}/purpose/${l}` : `channels/${i}/purpose`, `${fieldLabel(ctx, w.label, l)} (${name})`, value[l] ?? '', (v) => change((x) => setPurpose(x, langs, l, v)), false, w.hint))}
  </div>`;
}
