/**
 * Under the studio's SMS preview: what the SMS said of another incident going on (sms-also.ts `alsoLine`), and the open
 * warning against fake messages whose urgent action it could not carry (sms-fraud.ts `fraudLine`), in the words
 * `clearline export --to sms` prints (sms-left-out.ts), but ending with what the desk can do here instead of the CLI's
 * `--incident ID` command, which the studio cannot run: the other incident's own SMS is shown here when that incident is
 * the one in the form ("Post update" beside it under "Open incidents"). Trial X: the preview showed "Ook: Nep-e-mails."
 * and said nothing of what it left out.
 */
import { html, type TemplateResult } from 'lit';
import type { SmsResult } from '../../export/sms.js';
import { ALSO_LINE_NOTE, FRAUD_LINE_LEFT_OUT } from '../../export/sms-left-out.js';
import { incidentName } from '../../feed/incident-name.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';
import type { UiLanguage } from '../../i18n/terms.js';
import { EDITOR_TERMS } from './terms.js';

const [EN, NL] = [EDITOR_TERMS.en, EDITOR_TERMS.nl];

/** Where the desk sees the other incident's own SMS; `it`: the sentence follows one that named that SMS already. */
export const OWN_SMS_HERE: Record<UiLanguage, (it: boolean) => string> = {
  en: (it) => `${it ? 'It' : 'Its own SMS'} shows here when you press "${EN.postUpdate}" next to it under "${EN.openIncidents}".`,
  nl: (it) => `${it ? 'Die' : 'De eigen sms daarvan'} ziet u hier als u onder "${NL.openIncidents}" bij dat incident op "${NL.postUpdate}" drukt.`,
};

/** The CLI's words without the sentence of the command they end with (". Its own SMS: clearline export --to sms …"). */
export function withoutCommand(s: string): string {
  const at = s.indexOf(' clearline export');
  return at < 0 ? s : s.slice(0, Math.max(0, s.lastIndexOf('. ', at)));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const WARNING: Record<UiLanguage, string> = { en: 'Warning', nl: 'Let op' };

/** The notes under the SMS, in the studio's language `ui`: what it said of the other incident first, then a fake-message warning left out. */
export function alsoNotes(sms: SmsResult, payload: StatusPayload, ui: string): TemplateResult[] {
  const l = uiLanguage(ui);
  const name = (id: string) => incidentName(id, payload.incidents, l, ['“', '”']);
  const f = sms.fraudLine && !sms.fraudLine.added ? sms.fraudLine : undefined;
  const fraud = f ? [html`<p class="notes" lang=${ui} data-note="sms-fraud-line"><strong>${WARNING[l]}:</strong> ${capital(FRAUD_LINE_LEFT_OUT[l](name(f.incident)))}. ${OWN_SMS_HERE[l](true)}</p>`] : [];
  const a = sms.alsoLine;
  // As the CLI: nothing more when the warning's urgent action went in; the way to its own SMS said once, in the warning.
  if (!a || (sms.fraudLine?.added && sms.fraudLine.incident === a.incident)) return fraud;
  const words = `${capital(withoutCommand(ALSO_LINE_NOTE[l](name(a.incident), a.incident, a.kind, a.said)))}.${f?.incident === a.incident ? '' : ` ${OWN_SMS_HERE[l](false)}`}`;
  const also = a.kind === 'none'
    ? html`<p class="notes" lang=${ui} data-note="sms-also-line"><strong>${WARNING[l]}:</strong> ${words}</p>`
    : html`<p class="hint" lang=${ui} data-note="sms-also-line">${words}</p>`;
  return [also, ...fraud];
}
