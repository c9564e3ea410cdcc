/**
 * Beside the preview: what callers on hold hear and what the SMS says, for the incident in the form,
 * made by the same exporters as `clearline export --to ivr|sms`. The phone message leads with the
 * title and the first sentence of what we know, so a title that no longer fits the news ("Geen
 * treinen" over "De seinen zijn gerepareerd") is heard here before callers hear it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { exportIvr, IVR_LIMITS } from '../../export/ivr.js';
import { overBudgetSaid } from '../../export/ivr-over.js';
import { lintChannels } from '../../export/lint.js';
import { pick } from '../../lint/rule.js';
import { LINK_LEFT_OUT_NOTE } from '../../export/link-warning.js';
import { exportSms, type SmsResult } from '../../export/sms.js';
import { NOT_BOTH } from '../../export/sms-advice.js';
import { URGENT_LEFT_OUT } from '../../export/sms-left-out.js';
import { SMS_CUT_NOTE } from '../../export/sms-cut-note.js';
import { shortenedInWords } from '../../export/shortened.js';
import { smsOutage, type SmsOutage } from '../../export/sms-outage.js';
import { TITLE_CHECK } from '../../export/title-check.js';
import { incidentName } from '../../feed/incident-name.js';
import type { StatusPayload } from '../../feed/schema.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import { alsoNotes } from './sms-also-note.js';
import { renderSmsParts, SMS_PARTS_TERMS, type SmsParts } from './sms-parts.js';

/**
 * The urgent action the SMS leaves out, of this incident, in the words `clearline export --to sms` prints
 * (sms-left-out.ts): trial W's desk never learned it in the studio. Two parts are chosen above the SMS (sms-parts.ts), not
 * with the CLI's `--parts 2` (trial X: a command the desk could not run). Another incident's: sms-also-note.ts. What it
 * lost that `shortened` does not name (the title's places, an action cut, the news): sms-cut-note.ts.
 */
function urgentNotes(sms: SmsResult, payload: StatusPayload, ui: string): TemplateResult[] {
  const [l, w] = [uiLanguage(ui), TERMS[uiLanguage(ui)]];
  const own = sms.urgentLeftOut && !sms.twoParts ? [html`<p class="notes" lang=${ui} data-note="sms-urgent-left-out"><strong>${w.warning}:</strong> ${capital(URGENT_LEFT_OUT[l](sms.urgentLeftOut))}: ${SMS_PARTS_TERMS[l].choose}.</p>`] : [];
  // The title's places left out, where an urgent action was cut, the news that did not fit: the CLI's words (sms-cut-note.ts).
  const cut = sms.cut ? SMS_CUT_NOTE[l](sms.cut, SMS_PARTS_TERMS[l].choose).map((s) => html`<p class="hint" lang=${ui} data-note="sms-cut">${capital(s)}.</p>`) : [];
  return [...own, ...cut, ...alsoNotes(sms, payload, ui)];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const TERMS = {
  en: {
    heading: 'What callers and text messages get',
    phone: (line: string, s: string) => `Phone waiting message (line "${line}"), ${s} of ${IVR_LIMITS.seconds} seconds`,
    tooLong: ': too long for the phone line',
    check: TITLE_CHECK.en,
    warning: 'Warning',
    shortened: (n: number, words: string, action: boolean) => `To fit in ${n} characters, the SMS ${words}.${action ? ' Check that it still says what people should do, or make the first action shorter.' : ''}`,
    twoParts: `${capital(NOT_BOTH.en)}. Two SMS parts carry both whole: ${SMS_PARTS_TERMS.en.choose}.`,
    outage: (incident: string, words: string) =>
      `incident ${incident} is still open and is about the mobile network or SMS${words}, so the people it affects may not get this SMS until it works again. Tell them another way too: the e-mail below, social posts or your status page.`,
  },
  nl: {
    heading: 'Wat bellers en de sms krijgen',
    phone: (line: string, s: string) => `Wachtbericht telefoon (lijn "${line}"), ${s} van ${IVR_LIMITS.seconds} seconden`,
    tooLong: ': te lang voor de telefoonlijn',
    check: TITLE_CHECK.nl,
    warning: 'Let op',
    shortened: (n: number, words: string, action: boolean) => `Om in ${n} tekens te passen, is in de sms ${words}.${action ? ' Kijk of hij nog zegt wat mensen moeten doen, of maak de eerste actie korter.' : ''}`,
    twoParts: `${capital(NOT_BOTH.nl)}. In een sms van 2 delen passen ze wel heel: ${SMS_PARTS_TERMS.nl.choose}.`,
    outage: (incident: string, words: string) =>
      `storing ${incident} is nog open en gaat over het mobiele netwerk of sms${words}, dus wie er last van heeft, krijgt deze sms misschien pas als het weer werkt. Bereik hen ook op een andere manier: met de e-mail hieronder, op sociale media of op uw statuspagina.`,
  },
} as const;


/** Runs an exporter; a feed it cannot speak for (no phone line yet) shows nothing rather than an error. */
function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** The warning `clearline export --to sms` prints (export-notes.ts), in the studio's words: the incident as the studio names it. */
function smsOutageNote(sms: SmsResult & { smsOutage: SmsOutage }, payload: StatusPayload, ui: string): TemplateResult {
  const w = TERMS[uiLanguage(ui)];
  // The words in the studio's language where the incident has them, as the e-mail preview quotes them.
  const covered = [sms.incident, ...sms.others].map((id) => payload.incidents.find((i) => i.id === id)!).filter(Boolean);
  const outage = smsOutage(covered, ui) ?? sms.smsOutage;
  const name = incidentName(outage.incident, payload.incidents, ui, ['“', '”']);
  const words = name !== `“${outage.words}”` ? ` (“${outage.words}”)` : '';
  return html`<p class="notes" lang=${ui} data-note="sms-outage"><strong>${w.warning}:</strong> ${w.outage(name, words)}</p>`;
}

/**
 * What the SMS left out or cut to fit, as `clearline export --to sms` and `lint --for sms` say it: a water company's
 * night desk saw "Haal gratis flessen water bij het uitdeelpunt..." without the address, and nothing said it was cut.
 */
function shortenedNote(sms: SmsResult, ui: string): TemplateResult {
  const lang = uiLanguage(ui);
  const action = sms.shortened.some((s) => s.startsWith('action'));
  return html`<p class="hint" lang=${ui} data-note="sms-shortened">${TERMS[lang].shortened(sms.limit, shortenedInWords(sms.shortened, lang), action)}</p>`;
}

/** Every ordinary phone line has its own waiting message (trial O: the Assisted travel line's lost its action and the studio showed only the first line's). */
function phoneLines(payload: StatusPayload): (string | undefined)[] {
  const lines = payload.channels.filter((c) => c.kind === 'phone' && !c.emergency).map((c) => c.id);
  // None: the exporter's default says why (only an emergency line), and the preview shows nothing for it.
  return lines.length ? lines : [undefined];
}

/** One line's waiting message, with what `clearline export --to ivr --channel` would refuse and what it left out. */
function phoneFigure(payload: StatusPayload, o: { ui: string; lang: string; incident: string; now: number }, channel: string | undefined): TemplateResult | typeof nothing {
  const w = TERMS[uiLanguage(o.ui)];
  const ivr = attempt(() => exportIvr(payload, { lang: o.lang || undefined, incident: o.incident, now: o.now, channel }));
  if (!ivr) return nothing;
  const line = payload.channels.find((c) => c.id === ivr.channel);
  // What `clearline export --to ivr` would refuse for this line (a wait without a reason, no wait at all), in the studio's
  // words (as phoneLineErrors), and what `lint --for ivr` says it left out of this incident's message: a hospital's
  // switchboard message dropped "come to your appointment as planned" and the studio said nothing.
  const found = lintChannels(payload, ['ivr'], { lang: o.ui, now: o.now, audience: 'desk', channel: ivr.channel });
  const refused = found.filter((f) => f.severity === 'error' && f.rule !== 'ivr-too-long');
  const at = `incidents/${payload.incidents.findIndex((i) => i.id === o.incident)}/`;
  const left = found.filter((f) => f.rule === 'ivr-shortened' && f.path.startsWith(at) && f.path.endsWith(`/${ivr.lang}`));
  const name = line ? pickText(line.label, o.lang || o.ui) : ivr.channel;
  // Over its 45 s even shortened: the export writes nothing, so said as a problem, not shown as a message that is fine
  // (a Belgian bank's desk learned it only at export, after signing). The words of lint's phone-message-too-long (ivr-over.ts).
  const over = ivr.fits ? undefined : overBudgetSaid(ivr, payload, { en: `"${name}"`, nl: `"${name}"` });
  return html`<figure data-channel="ivr" data-line=${ivr.channel} data-fits=${ivr.fits ? 'yes' : 'no'}>
    <figcaption lang=${o.ui}>${w.phone(name, ivr.seconds.toLocaleString(uiLanguage(o.ui)))}${over ? w.tooLong : ''}</figcaption>
    <blockquote>${ivr.text}</blockquote>
    ${over ? html`<p class="problem" lang=${o.ui} data-note="ivr-over-budget">${capital(pick(over.message, o.ui, 'desk'))}. ${pick(over.fix, o.ui, 'desk')}</p>` : nothing}
    ${refused.map((f) => html`<p class="problem" lang=${o.ui} data-rule=${f.rule}>${capital(f.message)}. ${f.fix}</p>`)}
    ${left.map((f) => html`<p class="hint" lang=${o.ui} data-note="ivr-shortened">${capital(f.message)}. ${f.fix}</p>`)}
  </figure>`;
}

/** `parts`: the SMS chosen above it (sms-parts.ts), made by the exporter as `--parts`; `setParts` shows that choice. */
export function renderChannelPreview(payload: StatusPayload, o: { ui: string; lang: string; incident: string; now: number; parts?: SmsParts; setParts?: (p: SmsParts) => void }): TemplateResult | typeof nothing {
  if (!payload.incidents.some((i) => i.id === o.incident)) return nothing;
  const w = TERMS[uiLanguage(o.ui)];
  const parts = o.parts ?? 1;
  const sms = attempt(() => exportSms(payload, { lang: o.lang || undefined, incident: o.incident, now: o.now, parts }));
  return html`<section class="channel-preview" aria-labelledby="channel-preview-heading" lang=${o.lang || o.ui}>
    <h4 id="channel-preview-heading" lang=${o.ui}>${w.heading}</h4>
    <p class="hint" lang=${o.ui}>${w.check}</p>
    ${phoneLines(payload).map((id) => phoneFigure(payload, o, id))}
    ${sms
      ? html`${o.setParts ? renderSmsParts(parts, uiLanguage(o.ui), o.setParts) : nothing}
        <figure data-channel="sms" data-parts=${parts}>
          <figcaption lang=${o.ui}>${SMS_PARTS_TERMS[uiLanguage(o.ui)].caption(parts, sms.characters, sms.limit)}</figcaption>
          <blockquote>${sms.text}</blockquote>
          ${sms.shortened.length ? shortenedNote(sms, o.ui) : nothing}
          ${sms.twoParts ? html`<p class="notes" lang=${o.ui} data-note="sms-two-parts"><strong>${w.warning}:</strong> ${w.twoParts}</p>` : nothing}
          ${sms.linkLeftOut ? html`<p class="hint" lang=${o.ui} data-note="sms-link-left-out">${capital(LINK_LEFT_OUT_NOTE[uiLanguage(o.ui)](sms.linkLeftOut, 'sms', payload.incidents))}.</p>` : nothing}
          ${sms.smsOutage ? smsOutageNote({ ...sms, smsOutage: sms.smsOutage }, payload, o.ui) : nothing}
          ${urgentNotes(sms, payload, o.ui)}
        </figure>`
      : nothing}
  </section>`;
}
