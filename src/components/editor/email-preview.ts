/**
 * Below the phone message and the SMS: the e-mail about the incident in the form, made by the same
 * exporter as `clearline export --to email` (its subject, its HTML part as mail apps show it, and
 * its plain-text part), in the preview's language, with the studio's words around it.
 *
 * The HTML part is shown in an iframe sandboxed without scripts (and without forms, pop-ups or
 * navigation of the page). The studio forbids HTML strings (Trusted Types) and other frames (CSP),
 * so the frame is an empty same-origin document the studio fills: the body is parsed by Lit's own
 * policy (unsafeHTML: the export escapes every feed text), never by an HTML string sink.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ElementPart, type PartInfo, PartType } from 'lit/async-directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { exportEmail, type EmailResult } from '../../export/email.js';
import { LINK_LEFT_OUT_NOTE } from '../../export/link-warning.js';
import type { StatusPayload } from '../../feed/schema.js';
import { uiLanguage } from '../../i18n/lang.js';

const TERMS = {
  en: {
    heading: 'What the e-mail says',
    subject: 'Subject',
    frame: 'The e-mail as mail apps show it',
    text: 'Plain-text version (for mail apps without formatting)',
  },
  nl: {
    heading: 'Wat de e-mail zegt',
    subject: 'Onderwerp',
    frame: "De e-mail zoals mailprogramma's hem tonen",
    text: "Tekstversie (voor mailprogramma's zonder opmaak)",
  },
} as const;

/** The e-mail's body (what is between <body> and </body>) in the iframe's own document. */
class FrameBody extends AsyncDirective {
  #html?: string;
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('frameBody goes on an <iframe>');
  }
  render(_html: string, _lang: string) {
    return nothing;
  }
  override update(part: ElementPart, [mail, lang]: [string, string]) {
    if (mail !== this.#html) {
      this.#html = mail;
      const frame = part.element as HTMLIFrameElement;
      // On the first render the frame is not in the page yet, so it has no document until the next turn.
      const fill = () => {
        const doc = frame.contentDocument;
        if (!doc?.body || this.#html !== mail) return;
        doc.documentElement.lang = lang;
        doc.body.style.cssText = 'font-family:system-ui,sans-serif;line-height:1.5;margin:0.75rem';
        render(html`${unsafeHTML(/<body[^>]*>([\s\S]*)<\/body>/.exec(mail)?.[1] ?? '')}`, doc.body);
      };
      if (frame.contentDocument?.body) fill();
      else void Promise.resolve().then(fill);
    }
    return this.render(mail, lang);
  }
}
const frameBody = directive(FrameBody);

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
    ${mail.linkLeftOut ? html`<p class="hint" lang=${o.ui} data-note="email-link-left-out">${LINK_LEFT_OUT_NOTE[ui](mail.linkLeftOut, 'email').replace(/^./, (c) => c.toUpperCase())}.</p>` : nothing}
    <iframe sandbox="allow-same-origin" title=${w.frame} ${frameBody(mail.html, mail.lang)}></iframe>
    <details>
      <summary lang=${o.ui}>${w.text}</summary>
      <pre data-part="text">${mail.text}</pre>
    </details>
  </section>`;
}
