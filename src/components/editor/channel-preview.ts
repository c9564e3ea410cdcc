/**
 * Beside the preview: what callers on hold hear and what the SMS says, for the incident in the form,
 * made by the same exporters as `clearline export --to ivr|sms`. The phone message leads with the
 * title and the first sentence of what we know, so a title that no longer fits the news ("Geen
 * treinen" over "De seinen zijn gerepareerd") is heard here before callers hear it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { exportIvr, IVR_LIMITS } from '../../export/ivr.js';
import { phoneLineErrors } from '../../export/lint.js';
import { LINK_LEFT_OUT_NOTE } from '../../export/link-warning.js';
import { exportSms } from '../../export/sms.js';
import type { StatusPayload } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';

const TERMS = {
  en: {
    heading: 'What callers and text messages get',
    phone: (line: string, s: string) => `Phone waiting message (line "${line}"), ${s} of ${IVR_LIMITS.seconds} seconds`,
    sms: (n: number, limit: number) => `SMS, ${n} of ${limit} characters`,
    check: 'Do the title and the first sentence of what we know still say what is going on?',
  },
  nl: {
    heading: 'Wat bellers en de sms krijgen',
    phone: (line: string, s: string) => `Wachtbericht telefoon (lijn "${line}"), ${s} van ${IVR_LIMITS.seconds} seconden`,
    sms: (n: number, limit: number) => `Sms, ${n} van ${limit} tekens`,
    check: 'Zeggen de titel en de eerste zin van wat we weten nog wat er aan de hand is?',
  },
} as const;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Runs an exporter; a feed it cannot speak for (no phone line yet) shows nothing rather than an error. */
function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

export function renderChannelPreview(payload: StatusPayload, o: { ui: string; lang: string; incident: string; now: number }): TemplateResult | typeof nothing {
  if (!payload.incidents.some((i) => i.id === o.incident)) return nothing;
  const w = TERMS[uiLanguage(o.ui)];
  const opts = { lang: o.lang || undefined, incident: o.incident, now: o.now };
  const ivr = attempt(() => exportIvr(payload, opts));
  const sms = attempt(() => exportSms(payload, opts));
  const line = ivr && payload.channels.find((c) => c.id === ivr.channel);
  // What `clearline export --to ivr` would refuse for this line (a wait without a reason, no wait at all), in the studio's words.
  const refused = ivr ? phoneLineErrors(payload, ivr.channel, { lang: o.ui, now: o.now, audience: 'desk' }) : [];
  return html`<section class="channel-preview" aria-labelledby="channel-preview-heading" lang=${o.lang || o.ui}>
    <h4 id="channel-preview-heading" lang=${o.ui}>${w.heading}</h4>
    <p class="hint" lang=${o.ui}>${w.check}</p>
    ${ivr
      ? html`<figure data-channel="ivr">
          <figcaption lang=${o.ui}>${w.phone(line ? pickText(line.label, o.lang || o.ui) : ivr.channel, ivr.seconds.toLocaleString(uiLanguage(o.ui)))}</figcaption>
          <blockquote>${ivr.text}</blockquote>
          ${refused.map((f) => html`<p class="problem" lang=${o.ui} data-rule=${f.rule}>${f.message.charAt(0).toUpperCase()}${f.message.slice(1)}. ${f.fix}</p>`)}
        </figure>`
      : nothing}
    ${sms
      ? html`<figure data-channel="sms">
          <figcaption lang=${o.ui}>${w.sms(sms.characters, sms.limit)}</figcaption>
          <blockquote>${sms.text}</blockquote>
          ${sms.linkLeftOut ? html`<p class="hint" lang=${o.ui} data-note="sms-link-left-out">${capital(LINK_LEFT_OUT_NOTE[uiLanguage(o.ui)](sms.linkLeftOut, 'sms', payload.incidents))}.</p>` : nothing}
        </figure>`
      : nothing}
  </section>`;
}
