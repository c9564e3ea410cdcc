import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { numberLang, siteHref } from '../../content/links.js';
import { groupChannels, isRestricted } from '../../feed/channels.js';
import { outdatedEntries } from '../../feed/faq-outdated.js';
import { findReason, listedReasons, reasonChannels } from '../../feed/reasons.js';
import type { ContactReason, FaqEntry, StatusPayload } from '../../feed/schema.js';
import { FAQ_TERMS, type FaqTerms } from '../../i18n/faq-terms.js';
import { FEEDBACK_TERMS, type FeedbackTerms } from '../../i18n/feedback-terms.js';
import { pickText, uiLanguage } from '../../i18n/lang.js';
import type { ClearlineFeedbackDetail, ClearlineOpenDetail, ClearlineReasonDetail } from '../shared/contact-events.js';
import { track, trackContact, type ContactFrom, type ReportContext } from '../shared/report.js';
import { copyEntryLink } from './deep-links.js';
import { contactList } from './no-answer.js';

/** What the answer's foot needs from `<clearline-faq>` at render time. */
export interface FootContext {
  /** The current (not expired) status feed the FAQ consults: contact reasons and channels. */
  status?: StatusPayload;
  /** For event details and report lines: feed, language, open incidents. */
  report: ReportContext;
  /** What the reader searched for, if anything. */
  query: string;
  lang: string;
  /** The site's contact link when the status feed has no channels. */
  contactHref: string;
  /** An entry of this FAQ by id. */
  entry: (id: string) => FaqEntry | undefined;
}

type View = TemplateResult | typeof nothing;

/**
 * What follows an opened answer in `<clearline-faq>`: the copy-link button and "Did this answer
 * your question?" (yes / no). On "no" the no-answer box opens right there: the status feed's
 * contact reasons (a chosen reason shows its other answers and its channels, ordered by the reason
 * rules of feed/reasons.ts), else its channels, else the site's contact link. Events and report
 * lines go through track(), as in the launcher: clearline-open, -feedback, -reason, -contact.
 */
export class AnswerFoot implements ReactiveController {
  private readonly given = new Map<string, boolean>();
  /** The reason chosen under an answer: entry id → reason id. */
  private readonly chosen = new Map<string, string>();
  private copied?: { id: string; text: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => FootContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The reader opened an answer. */
  opened(entry: string): void {
    const { query, report } = this.context();
    track<ClearlineOpenDetail>(this.host, 'open', query ? { entry, query } : { entry }, report);
  }

  /** The reader followed a channel link somewhere in the FAQ. */
  follow(channel: string, from: ContactFrom): void {
    trackContact(this.host, channel, from, this.context().report);
  }

  private answer(entry: string, helpful: boolean): void {
    const { query, report } = this.context();
    this.given.set(entry, helpful);
    track<ClearlineFeedbackDetail>(this.host, 'feedback', query ? { entry, helpful, query } : { entry, helpful }, report);
    this.refocus(entry, '.feedback-said');
  }

  private choose(entry: string, reason: string | undefined): void {
    if (reason) {
      this.chosen.set(entry, reason);
      const { report } = this.context();
      track<ClearlineReasonDetail>(this.host, 'reason', { reason, incidents: report.incidents ?? [] }, report);
      this.refocus(entry, '.reason-heading');
    } else {
      const was = this.chosen.get(entry);
      this.chosen.delete(entry);
      this.refocus(entry, `button.reason[data-reason="${CSS.escape(was ?? '')}"]`);
    }
  }

  /** After a button went away, focus what replaced it, so a keyboard reader is not lost. */
  private refocus(entry: string, selector: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLElement>(`[id="faq-${CSS.escape(entry)}"] ${selector}`)?.focus(),
    );
  }

  private async copy(id: string, t: FaqTerms): Promise<void> {
    this.copied = { id, text: await copyEntryLink(id, t) };
    this.host.requestUpdate();
  }

  render(entry: string): View {
    const { lang } = this.context();
    const t = FAQ_TERMS[uiLanguage(lang)];
    const f = FEEDBACK_TERMS[uiLanguage(lang)];
    const given = this.given.get(entry);
    return html`<button class="copy" part="copy-link" @click=${() => void this.copy(entry, t)}>${t.copyLink}</button>
      <p class="copied" role="status">${this.copied?.id === entry ? this.copied.text : ''}</p>
      <div class="feedback" part="feedback" role="group" aria-labelledby=${given === undefined ? `fbq-${entry}` : nothing} aria-label=${given === undefined ? nothing : f.feedbackQuestion}>
        ${given === undefined
          ? html`<p id=${`fbq-${entry}`}>${f.feedbackQuestion}</p>
              <button class="fb" data-helpful="yes" @click=${() => this.answer(entry, true)}>${f.yes}</button>
              <button class="fb" data-helpful="no" @click=${() => this.answer(entry, false)}>${f.no}</button>`
          : given
            ? html`<p class="feedback-said" role="status" tabindex="-1">${f.thanks}</p>`
            : this.renderContact(entry, t, f)}
      </div>`;
  }

  /** After "no": the reasons, or the chosen reason's answers and channels, or the channels. */
  private renderContact(entry: string, t: FaqTerms, f: FeedbackTerms): View {
    const { status, lang, query, contactHref } = this.context();
    const reasons = listedReasons(status);
    const reason = status && findReason(status, this.chosen.get(entry) ?? '');
    const said = (text: string) => html`<p class="feedback-said" role="status" tabindex="-1">${text}</p>`;
    const follow = (from: ContactFrom) => (channel: string) => this.follow(channel, { ...from, entry, query });
    if (status && reason) return html`${said(f.sorry)}${this.renderReason(status, reason, entry, t, f, follow({ reason: reason.id }))}`;
    if (reasons.length) {
      // An urgent reason is described as such, as in the launcher (shared/contact.ts).
      return html`${said(f.sorry)}<div class="no-answer" part="no-answer">
        <ul class="reasons">${reasons.map((r) => html`<li><button class="reason ${r.urgent ? 'urgent' : ''}" part="reason" data-reason=${r.id}
          aria-describedby=${r.urgent ? 'urgent-reason' : nothing} @click=${() => this.choose(entry, r.id)}>${pickText(r.label, lang)}</button></li>`)}</ul><span id="urgent-reason" hidden>${f.urgent}</span>
      </div>`;
    }
    const { emergency, ordinary } = groupChannels(status?.channels ?? [], status?.contact_reasons);
    const contact = siteHref(contactHref);
    if (!emergency.length && !ordinary.length && !contact) return said(f.thanks);
    // Not a line only for some (restricted): this list shows no purpose (no-answer.ts).
    return html`${said(f.sorryChannels)}<div class="no-answer" part="no-answer">${contactList([...emergency, ...ordinary.filter((c) => !isRestricted(c))], contact, t, numberLang(lang, status?.time_zone), follow({}))}</div>`;
  }

  private renderReason(status: StatusPayload, reason: ContactReason, entry: string, t: FaqTerms, f: FeedbackTerms, onFollow: (channel: string) => void): View {
    const { lang, entry: byId } = this.context();
    const channels = reasonChannels(status, reason);
    // The reason's other answers in this FAQ, as deep links (`#faq-<id>`, which the FAQ follows); not one that does not hold
    // now (faq_outdated), as the help dialog's reason panel: a reader who said "no" was sent to "Gaat mijn afspraak door? Ja, …"
    // while all Tuesday appointments were cancelled (trial Q).
    const others = (reason.faq ?? []).flatMap((id) => (id === entry || outdatedEntries(status, Date.now()).has(id) ? [] : byId(id) ?? []));
    return html`<div class="no-answer reason-panel" part="no-answer" data-reason=${reason.id}>
      <p class="reason-heading" tabindex="-1"><strong>${pickText(reason.label, lang)}</strong></p>
      ${others.length
        ? html`<p>${f.answersFirst}</p>
            <ul class="contacts">${others.map((e) => html`<li><a href="#faq-${encodeURIComponent(e.id)}">${pickText(e.question, lang)}</a></li>`)}</ul>`
        : nothing}
      <p>${f.reachUs}</p>
      ${channels.length ? contactList(channels, undefined, t, numberLang(lang, status.time_zone), onFollow) : html`<p>${f.noChannels}</p>`}
      <button class="back" @click=${() => this.choose(entry, undefined)}>${f.otherReasons}</button>
    </div>`;
  }
}
