import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { numberLang, safeHref } from '../../content/links.js';
import { contactLink } from './contact-link.js';
import { headingTag } from './heading.js';
import { nextUpdateLines } from './next-update-lines.js';
import { groupChannels } from '../../feed/channels.js';
import { findReason, listedReasons, reasonActions, reasonChannels, reasonEntries } from '../../feed/reasons.js';
import { forRestrictedOnly } from '../../feed/referrer-reason.js';
import { outdatedEntries } from '../../feed/faq-outdated.js';
import { isExpired, openIncidents } from '../../feed/incidents.js';
import type { Action, Channel, ContactReason, FaqEntry, StatusPayload } from '../../feed/schema.js';
import { HELP_TERMS, type HelpTerms } from '../../i18n/help-terms.js';
import { pickText, termsFor, uiLanguage } from '../../i18n/lang.js';
import { channelWait } from '../../i18n/phrases.js';
import { channelPurpose } from '../../i18n/purpose.js';
import { closedLine } from '../../i18n/closed.js';
import type { ClearlineFeedbackDetail, ClearlineOpenDetail, ClearlineReasonDetail } from './contact-events.js';
import { reportContext, track, trackContact } from './report.js';

/** What the contact part needs from its element at render time. */
export interface ContactContext {
  status?: StatusPayload;
  entries: readonly FaqEntry[];
  lang: string;
  /** The reader's last settled search. */
  query?: string;
  /** The FAQ entry the reader came from. */
  entry?: string;
  /** The Markdown renderer once loaded (answers show as plain text until then). */
  md?: (source: string) => unknown;
  /** The element's clock, for the next update's time. */
  now?: number;
  /** What we know and don't know yet of the incident going on, for a reason that can wait. */
  about?: () => View;
}

type Host = ReactiveControllerHost & HTMLElement;
type View = TemplateResult | typeof nothing;

/**
 * "Did this answer your question?", the contact reasons and the channels, with their events, for
 * `<clearline-help>` (`<clearline-faq>` has its own, lighter foot: faq/feedback.ts). State: the chosen reason, opened answers, given feedback.
 */
export class ContactController implements ReactiveController {
  reason?: string;
  private readonly opened = new Set<string>();
  private readonly feedback = new Map<string, boolean>();

  constructor(
    private readonly host: Host,
    private readonly context: () => ContactContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private ctx(extra: Partial<ContactContext> = {}) {
    const c = { ...this.context(), ...extra };
    return { c, report: reportContext(c.status, c.lang), t: HELP_TERMS[uiLanguage(c.lang)] };
  }

  /** Back to the list of reasons. */
  reset(): void {
    this.reason = undefined;
    this.host.requestUpdate();
  }

  choose(id: string): void {
    const { report } = this.ctx();
    this.reason = id;
    track<ClearlineReasonDetail>(this.host, 'reason', { reason: id, incidents: report.incidents ?? [] }, report);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.reason-heading')?.focus());
  }

  /** Called by elements when a reader opens an answer. */
  noteOpened(entry: string, query?: string): void {
    const { report } = this.ctx();
    track<ClearlineOpenDetail>(this.host, 'open', query ? { entry, query } : { entry }, report);
  }

  answer(entry: string, helpful: boolean, query?: string): void {
    const { report } = this.ctx();
    this.feedback.set(entry, helpful);
    track<ClearlineFeedbackDetail>(this.host, 'feedback', query ? { entry, helpful, query } : { entry, helpful }, report);
    this.host.requestUpdate();
  }

  follow(channel: Channel, extra: Partial<ContactContext>): void {
    const { c, report } = this.ctx(extra);
    trackContact(this.host, channel.id, { reason: this.reason, query: c.query, entry: c.entry }, report);
  }

  /** Yes / no under an opened answer; on "no", the contact reasons right there (unless already shown). */
  renderFeedback(entry: string, query: string | undefined, level: number, withContact = true): View {
    const { t } = this.ctx();
    const given = this.feedback.get(entry);
    return html`<div class="feedback" part="feedback" role="group" aria-label=${t.feedbackQuestion}>
      ${given === undefined
        ? html`<p>${t.feedbackQuestion}</p>
            <button class="fb" data-helpful="yes" @click=${() => this.answer(entry, true, query)}>${t.yes}</button>
            <button class="fb" data-helpful="no" @click=${() => this.answer(entry, false, query)}>${t.no}</button>`
        : html`<p role="status">${given ? t.thanks : t.sorry}</p>`}
      ${given === false && withContact ? this.render(level, { entry, query }) : nothing}
    </div>`;
  }

  /** The contact reasons (or, without reasons, the channels), or the chosen reason's panel. */
  render(level: number, extra: Partial<ContactContext> = {}): View {
    const { c, t } = this.ctx(extra);
    const status = c.status;
    if (!status) return nothing;
    const h = headingTag(level);
    const reason = this.reason ? findReason(status, this.reason) : undefined;
    if (reason) return this.renderReason(status, reason, c, t, level);
    const reasons = listedReasons(status);
    if (!reasons.length) {
      return html`<section class="contact" part="contact">
        ${staticHtml`<${h}>${t.reachUs}</${h}>`}${this.renderChannels(allChannels(status), extra, c.lang, t)}
      </section>`;
    }
    // An urgent reason is described as such ("Ik ruik gas, Dringend"): sighted readers see its thick border. Its name stays the label.
    // A time-critical one (needed soon, no danger) says "Snel nodig" under its label, in its name too (visible words, unlike the
    // border): listed after the urgent ones, it looked like any other to a reader scanning for theirs (trial S, a reason
    // about something due within hours).
    return html`<section class="contact" part="reasons">
      ${staticHtml`<${h}>${t.chooseReason}</${h}>`}
      <ul class="reasons">
        ${reasons.map((r): View => html`<li><button class="reason ${r.urgent ? 'urgent' : ''}" part="reason" data-reason=${r.id} aria-describedby=${r.urgent ? 'urgent-reason' : nothing} @click=${() => this.choose(r.id)}>${pickText(r.label, c.lang)}${!r.urgent && r.time_critical ? html` <span class="soon">${t.soon}</span>` : nothing}</button></li>`)}
      </ul><span id="urgent-reason" hidden>${t.urgent}</span>
    </section>`;
  }

  private renderReason(status: StatusPayload, reason: ContactReason, c: ContactContext, t: HelpTerms, level: number): View {
    const lang = c.lang;
    const channels = reasonChannels(status, reason);
    // "Call now": every line up to its last emergency line (reasonChannels put the reason's own 24/7 line named before it there).
    const split = reason.urgent ? channels.map((ch) => !!ch.emergency).lastIndexOf(true) + 1 : 0;
    const emergency = channels.slice(0, split);
    const rest = channels.slice(split);
    const now = c.now ?? Date.now();
    // Not an answer that does not hold now (faq_outdated): the panel shows the incident's what we know above the answers, and
    // a hospital's "Gaat mijn afspraak door? Ja, …" stood first here while all Tuesday appointments were cancelled (trial Q).
    const outdated = outdatedEntries(status, now);
    const entries = reasonEntries(reason, c.entries).filter((e) => !outdated.has(e.id));
    const actions = reasonActions(status, reason);
    const h = headingTag(level);
    const sub = headingTag(level + 1);
    const extra = { query: c.query, entry: c.entry };
    // A reason that can wait, during a disruption: when the next update comes, and that it need not be a call, before the channels.
    const next = nextUpdateLines(reason.urgent ? [] : openIncidents(status, now), lang, now, status.time_zone, isExpired(status, now));
    // Time-critical (needed soon, no danger, trial S): short as an urgent one, the incident's actions (act-now first) before
    // the answers, no "what we know" (the first screen has it), and the next update without "you do not need to call".
    // (Urgent or time-critical: with both set, urgent, whose next update lines are none.)
    const first = reason.urgent || reason.time_critical;
    const todo = actions.length ? this.renderActions(actions, reason.urgent ? t.doThisFirst : termsFor(lang).whatYouCanDo, sub, lang) : nothing;
    const lines = rest.length || !emergency.length
      ? html`<div class="group" data-group="channels">${staticHtml`<${sub}>${t.reachUs}</${sub}>`}${this.renderChannels(rest, extra, lang, t)}</div>`
      : nothing;
    // A reason for GPs and midwives (only restricted lines): their line first, not below the patients' actions (trial Q).
    const referrer = forRestrictedOnly(status, reason);
    // "Call now" names the emergency lines' group: a line labelled with its number alone was "999, link" when tabbed to.
    return html`<section class="contact reason-panel ${reason.urgent ? 'urgent' : ''}" part="reason-panel" data-reason=${reason.id}>
      <button class="back" @click=${() => this.back(reason.id)}>${t.otherReasons}</button>
      ${staticHtml`<${h} class="reason-heading" tabindex="-1">${pickText(reason.label, lang)}</${h}>`}
      ${referrer ? lines : nothing}
      ${emergency.length ? html`<div class="group emergency" data-group="emergency" role="group" aria-label=${t.callNow}>${staticHtml`<${sub}>${t.callNow}</${sub}>`}${this.renderChannels(emergency, extra, lang, t)}</div>` : nothing}
      ${first ? todo : c.about?.()}
      ${entries.length
        ? html`<div class="group answers" data-group="answers">${staticHtml`<${sub}>${t.answersFirst}</${sub}>`}
            <ul class="answers">${entries.map((e): View => this.renderEntry(e, lang, level + 2))}</ul></div>`
        : nothing}
      ${first ? nothing : todo}
      ${next.lines.length ? html`<p class="next" part="next-update">${next.lines.map((l) => html`${l} `)}${first ? nothing : termsFor(lang)[next.late ? 'canWaitDetailOverdue' : 'canWaitDetail']}</p>` : nothing}
      ${referrer ? nothing : lines}
    </section>`;
  }

  private back(id: string): void {
    this.reset();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(`button.reason[data-reason="${CSS.escape(id)}"]`)?.focus());
  }

  private renderEntry(entry: FaqEntry, lang: string, level: number): View {
    const md = this.context().md;
    const open = this.opened.has(entry.id);
    const answer = pickText(entry.answer, lang);
    const toggle = () => {
      if (open) this.opened.delete(entry.id);
      else {
        this.opened.add(entry.id);
        this.noteOpened(entry.id);
      }
      this.host.requestUpdate();
    };
    return html`<li class="entry" data-id=${entry.id}>
      <button class="question" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>${pickText(entry.question, lang)}</button>
      ${open
        ? html`<div class="answer" part="answer"><div class="md">${guard([answer, md], () => md?.(answer) ?? answer)}</div>
            ${this.renderFeedback(entry.id, this.context().query, level, false)}</div>`
        : nothing}
    </li>`;
  }

  private renderActions(actions: Action[], title: string, sub: StaticValue, lang: string): View {
    const dial = numberLang(lang, this.context().status?.time_zone);
    return html`<div class="group actions" data-group="actions">${staticHtml`<${sub}>${title}</${sub}>`}
      <ul>${actions.map((a) => {
        const href = safeHref(a.href);
        const label = pickText(a.label, lang);
        // A phone action shows the number it dials, as in <clearline-status> (on a laptop the link may do nothing).
        return html`<li part="action">${a.who ? html`<span class="who">${pickText(a.who, lang)}</span> ` : nothing}${href ? contactLink(href, label, dial, 'brackets', undefined, pickText(a.who, lang)) : label}</li>`;
      })}</ul></div>`;
  }

  renderChannels(channels: readonly Channel[], extra: Partial<ContactContext>, lang: string, t: HelpTerms): View {
    if (!channels.length) return html`<p>${t.noChannels}</p>`;
    const terms = termsFor(lang);
    const { status, now = Date.now() } = this.context();
    const dial = numberLang(lang, status?.time_zone);
    const at = { now, zone: status?.time_zone };
    return html`<ul class="channels">
      ${channels.map((ch) => {
        const label = pickText(ch.label, lang);
        // The same words as the exports: an emergency line's reason (when to use it) leads, its wait follows.
        const wait = channelWait(terms, ch, lang);
        // Outside its opening hours: "Closed now, opens at 08:00" (contactStatus took the wait).
        const closed = closedLine(terms, ch, lang, at);
        // Who the line is for: its own line under the name, not the wait's reason (kept after the all-clear).
        const purpose = channelPurpose(ch, lang);
        return html`<li class="channel ${ch.emergency ? 'emergency' : ''}" part="channel" data-channel=${ch.id} data-kind=${ch.kind}>
          ${contactLink(ch.href, label, dial, 'colon', () => this.follow(ch, extra))}
          ${closed ? html`<span class="wait closed">${closed}</span>` : nothing}
          ${purpose ? html`<span class="purpose">${purpose}</span>` : nothing}
          ${wait && (!closed || ch.emergency) ? html`<span class="wait">${wait}</span>` : nothing}
          ${ch.hours ? html`<span class="wait">${pickText(ch.hours, lang)}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

/**
 * Without reasons: the shared listing (feed/channels.ts): emergency lines first; during a disruption
 * with a long ordinary queue, call-back and self-service first. When calm, the publisher's order.
 */
export function allChannels(status: StatusPayload): Channel[] {
  const { emergency, ordinary } = groupChannels(status.channels, status.contact_reasons);
  return [...emergency, ...(openIncidents(status).length ? ordinary : status.channels.filter((c) => !c.emergency))];
}
