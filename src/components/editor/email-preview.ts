/**
 * Below the phone message and the SMS: the e-mail about the incident in the form, made by the same
 * exporter as `clearline export --to email`: its subject and its plain-text part, in the preview's
 * language, with the studio's words around it. The HTML part says the same with headings and links.
 * While an incident in it is an e-mail outage, it says so above the text, as the CLI warns: the people
 * it affects may not get this e-mail.
 *
 * Shown as text, not as HTML in a frame: under the studio's Trusted Types and CSP the only way to
 * put an HTML string in a page is Lit's unsafeHTML, which pulls Lit's directive code into the chunk
 * <clearline-status> shares with the FAQ and help (75 B gzip more on every status page, for a
 * studio-only view). The text part holds every word and address the HTML part holds.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { exportEmail, type EmailResult } from '../../export/email.js';
import { emailOutage } from '../../export/email-outage.js';
import { incidentName } from '../../feed/incident-name.js';
import { LINK_LEFT_OUT_NOTE } from '../../export/link-warning.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';

const TERMS = {
  en: {
    heading: 'What the e-mail says',
    subject: 'Subject',
    text: 'The e-mail as text (mail apps show the same with headings and links)',
    warning: 'Warning',
    outage: (incident: string, words: string) =>
      `incident ${incident} is still open and is about e-mail${words}, so the people it affects may not get this e-mail, or not read it. Tell them another way too: the phone message and the SMS above, social posts or your status page.`,
  },
  nl: {
    heading: 'Wat de e-mail zegt',
    subject: 'Onderwerp',
    text: "De e-mail als tekst (mailprogramma's tonen hetzelfde met kopjes en links)",
    warning: 'Let op',
    outage: (incident: string, words: string) =>
      `storing ${incident} is nog open en gaat over e-mail${words}, dus wie er last van heeft, krijgt deze e-mail misschien niet of kan hem niet lezen. Bereik hen ook op een andere manier: met het telefoonbericht en de sms hierboven, op sociale media of op uw statuspagina.`,
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
  // The warning `clearline export --to email` prints (export-notes.ts), in the studio's words and language: the
  // incident as the studio names it, and the words that made it an e-mail outage when they are not its title.
  const covered = mail.incidents.map((id) => payload.incidents.find((i) => i.id === id)!).filter(Boolean);
  const outage = mail.emailOutage && (emailOutage(covered, ui) ?? mail.emailOutage);
  const name = outage && incidentName(outage.incident, payload.incidents, ui, ['“', '”']);
  const words = outage && name !== `“${outage.words}”` ? ` (“${outage.words}”)` : '';
  return html`<section class="channel-preview email-preview" aria-labelledby="email-preview-heading" lang=${mail.lang}>
    <h4 id="email-preview-heading" lang=${o.ui}>${w.heading}</h4>
    <p data-part="subject"><strong lang=${o.ui}>${w.subject}:</strong> ${mail.subject}</p>
    ${mail.linkLeftOut ? html`<p class="hint" lang=${o.ui} data-note="email-link-left-out">${LINK_LEFT_OUT_NOTE[ui](mail.linkLeftOut, 'email', payload.incidents).replace(/^./, (c) => c.toUpperCase())}.</p>` : nothing}
    ${outage ? html`<p class="notes" lang=${o.ui} data-note="email-outage"><strong>${w.warning}:</strong> ${w.outage(name!, words)}</p>` : nothing}
    <figure>
      <figcaption lang=${o.ui}>${w.text}</figcaption>
      <blockquote data-part="text">${mail.text}</blockquote>
    </figure>
  </section>`;
}
