/**
 * The SMS preview's choice of one SMS or two parts, beside "What callers and text messages get" (channel-preview.ts).
 * Trial X: the preview said one SMS cut the urgent line before its number, and its advice was a command
 * (`clearline export --to sms --parts 2`) the desk staff could not run; the studio had no way to see the 2-part SMS.
 * The text is still the exporter's (`exportSms` with `parts`, as `--parts 2`): this only names the choice and says it.
 */
import { html, type TemplateResult } from 'lit';
import type { UiLanguage } from '../../i18n/terms.js';

/** How many concatenated parts the previewed SMS may use: the studio offers 1 and 2, as the notes advise. */
export type SmsParts = 1 | 2;

export const SMS_PARTS = [1, 2] as const;

export const SMS_PARTS_TERMS = {
  en: {
    legend: 'Send the SMS as',
    choice: (p: SmsParts) => (p === 1 ? '1 text' : '2 texts (2 parts)'),
    caption: (p: SmsParts, n: number, limit: number) => `${p === 1 ? 'SMS' : 'SMS in 2 parts'}, ${n} of ${limit} characters`,
    /** Ends the notes that advise two parts, instead of the CLI's `--parts 2`. */
    choose: 'choose 2 parts above',
  },
  nl: {
    legend: 'Sms versturen als',
    choice: (p: SmsParts) => (p === 1 ? '1 sms' : "2 sms'en (2 delen)"),
    caption: (p: SmsParts, n: number, limit: number) => `${p === 1 ? 'Sms' : 'Sms in 2 delen'}, ${n} van ${limit} tekens`,
    choose: 'kies hierboven 2 delen',
  },
} as const;

/** The radio group above the SMS: one tab stop, arrows choose, its legend names it for screen readers. */
export function renderSmsParts(parts: SmsParts, ui: UiLanguage, set: (p: SmsParts) => void): TemplateResult {
  const w = SMS_PARTS_TERMS[ui];
  return html`<fieldset class="switch choices sms-parts" lang=${ui}>
    <legend>${w.legend}</legend>
    ${SMS_PARTS.map((p) => html`<label class="check"><input type="radio" name="sms-parts" .value=${String(p)} .checked=${p === parts} @change=${() => set(p)} /> ${w.choice(p)}</label>`)}
  </fieldset>`;
}
