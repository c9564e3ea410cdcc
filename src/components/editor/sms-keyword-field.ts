/**
 * A text line's "Word to text" (trial T: "Text OUT to (316) 555-0142"): the word people send, which their phone puts in the
 * message when they tap the number. Optional. The studio's Kind offered "Text message (SMS)" but no way to give the word, so
 * a desk had to hand-edit `sms:+13165550142?body=OUT`. Checked as `clearline new/edit channel --keyword` is, in the same
 * words (feed/sms-keyword.ts, said by lint's sms-keyword at this field: findings.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Channel } from '../../feed/schema.js';
import { keywordOf, smsNumber, withKeyword } from '../../feed/sms-keyword.js';
import { uiLanguage } from '../../i18n/lang.js';
import { textField, type FormContext } from './form.js';

const WORD = {
  en: { label: 'Word to text', hint: 'Optional: the word people send, e.g. OUT. Tapping the number opens a text with it already written.', first: 'Word to text: fill in the number people text first.' },
  nl: { label: "Woord om te sms'en", hint: 'Niet verplicht: het woord dat mensen sturen, bijv. STORING. Wie op het nummer tikt, krijgt een sms waarin het al staat.', first: "Woord om te sms'en: vul eerst het nummer in waar mensen naar sms'en." },
} as const;

/** The field of text line `i` (shown as `name`); `change` applies an edit to that channel. Nothing for another kind. */
export function keywordField(ctx: FormContext, c: Channel, i: number, name: string, change: (m: (c: Channel) => void) => void): TemplateResult | undefined {
  if (c.kind !== 'sms') return undefined;
  const w = WORD[uiLanguage(ctx.ui)];
  if (smsNumber(c.href) === undefined) return html`<p class="hint" data-note="keyword-number">${w.first}</p>`;
  // While typed the word is kept as it is (a space between two words); left, it is trimmed.
  const set = (v: string) => change((x) => (x.href = withKeyword(x.href, v) ?? x.href));
  return textField(ctx, `channels/${i}/keyword`, `${w.label} — ${name}`, keywordOf(c.href), set, false, w.hint, (v) => set(v.trim()));
}
