/**
 * Below the phone message and the SMS: the e-mail about the incident in the form, made by the same
 * exporter as `clearline export --to email`: its subject and its plain-text part, in the preview's
 * language, with the studio's words around it. The HTML part says the same with headings and links.
 *
 * Shown as text, not as HTML in a frame: under the studio's Trusted Types and CSP the only way to
 * put an HTML string in a page is Lit's unsafeHTML, which pulls Lit's directive code into the chunk
 * <clearline-status> shares with the FAQ and help (75 B gzip more on every status page, for a
 * studio-only view). The text part holds every word and address the HTML part holds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { exportEmail, type EmailResult } from '../../export/email.js';
import { LINK_LEFT_OUT_NOTE } from '../../export/link-warning.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';

const TERMS = {
  en: {
    heading: 'What the e-mail says',
    subject: 'Subject',
    text: 'The e-mail as text (mail apps show the same with headings and links)',
  },
  nl: {
    heading: 'Wat de e-mail zegt',
    subject: 'Onderwerp',
    text: "De e-mail als tekst (mailprogramma's tonen hetzelfde met kopjes en links)",
  },
} as const;

/** Runs the exporter; a feed it cannot make an e-mail of shows nothing rather than an error. */
function attempt(make: () => EmailResult): EmailResult | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

export function renderEmailPreview(payload: StatusPayload, o: { ui: string; lang: string; incident: string; now: number }): TemplateResult | typeof nothing {
  const mail = attempt(() => exportEmail(payload, { lang: o.lang || undefined, incident: o.incident, now: o.now }));
  if (!mail) return nothing;
  const ui = uiLanguage(o.ui);
  const w = TERMS[ui];
  return html`<section class="channel-preview email-preview" aria-labelledby="email-preview-heading" lang=${mail.lang}>
    <h4 id="email-preview-heading" lang=${o.ui}>${w.heading}</h4>
    <p data-part="subject"><strong lang=${o.ui}>${w.subject}:</strong> ${mail.subject}</p>
    ${mail.linkLeftOut ? html`<p class="hint" lang=${o.ui} data-note="email-link-left-out">${LINK_LEFT_OUT_NOTE[ui](mail.linkLeftOut, 'email', payload.incidents).replace(/^./, (c) => c.toUpperCase())}.</p>` : nothing}
    <figure>
      <figcaption lang=${o.ui}>${w.text}</figcaption>
      <blockquote data-part="text">${mail.text}</blockquote>
    </figure>
  </section>`;
}
