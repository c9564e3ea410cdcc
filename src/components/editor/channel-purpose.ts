/**
 * Who or what a contact line is for (the feed's `purpose`), one field per language under the line's name. Readers show
 * it under the name, apart from the wait, and it stays after the all-clear: a transport company wrote "For disabled
 * passengers …" as the reason for the wait, and readers said "Expected wait about 5 minutes: For disabled passengers …"
 * until Resolved took it away with the wait (trial O).
 * Under it "Only for them, not for everyone" (`restricted`): an insurer's care-provider line was offered to members
 * beside their own 45-minute queue, and they called it (trial P).
 */
import { html, type TemplateResult } from 'lit';
import type { Channel } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';
import { fromLangText, toLangText } from './draft.js';
import { fieldId, fieldLabel, findingsFor, textField, type FormContext } from './form.js';

const PURPOSE = {
  en: { label: 'Who this line is for', hint: 'Readers see it under the name, also after the all-clear, e.g. For disabled people and anyone who needs extra help.' },
  nl: { label: 'Voor wie deze lijn is', hint: 'Lezers zien dit onder de naam, ook na Opgelost, bijv. Voor mensen met een beperking en iedereen die extra hulp nodig heeft.' },
} as const;

const ONLY = {
  en: { label: 'Only for them, not for everyone', hint: 'E.g. a line for care providers or partners. Readers see it after the lines for everyone, with “Only for …” and who it is for; a contact reason offers it only when you tick it there, and it is never offered instead of a long wait.' },
  nl: { label: 'Alleen voor hen, niet voor iedereen', hint: 'Bijv. een lijn voor zorgverleners of partners. Lezers zien hem na de lijnen voor iedereen, met “Alleen voor …” en voor wie hij is; een contactreden biedt hem alleen aan als u hem daar aanvinkt, en nooit in plaats van een lange wachttijd.' },
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
  </div>
  ${onlyFor(ctx, c, i, name, change)}`;
}

/** The "only for them" tick (`restricted`), with its hint and lint's notes (no purpose; an emergency line). */
function onlyFor(ctx: FormContext, c: Channel, i: number, name: string, change: (m: (c: Channel) => void) => void): TemplateResult {
  const o = ONLY[uiLanguage(ctx.ui)];
  const key = `channels/${i}/restricted`;
  const hintId = `${fieldId(key)}-hint`;
  const notes = findingsFor(ctx, key);
  const set = (e: Event) => change((x) => ((e.target as HTMLInputElement).checked ? (x.restricted = true) : delete x.restricted));
  return html`<div class="field">
    <label class="check"><input type="checkbox" id=${fieldId(key)} .checked=${c.restricted === true} aria-describedby=${[hintId, notes.ids].filter(Boolean).join(' ')} @change=${set} /> ${o.label} — ${name}</label>
    <p class="hint" id=${hintId}>${o.hint}</p>
    ${notes.view}
  </div>`;
}
