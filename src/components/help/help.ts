import { html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { numberLang, safeHref } from '../../content/links.js';
import { contactStatus } from '../../feed/channels.js';
import { allClearLeads, isExpired, isOverdue, openIncidents, recentlyResolved } from '../../feed/incidents.js';
import { announcedWhen } from '../../i18n/announced.js';
import type { Action, FaqEntry, Incident, StatusPayload } from '../../feed/schema.js';
import { HELP_TERMS, type HelpTerms } from '../../i18n/help-terms.js';
import { errorWords, formatConfirmed, formatIssuedAt, pickText, termsFor, uiLanguage } from '../../i18n/lang.js';
import { resolvedWhen } from '../../i18n/resolved.js';
import { loadMarkdown } from '../../content/markdown-lazy.js';
import { closeIcon } from '../shared/icons.js';
import { contactLink } from '../shared/contact-link.js';
import { ContactController } from '../shared/contact.js';
import { nextUpdateLine } from '../shared/next-update.js';
import type { ClearlineSearchDetail } from '../faq/faq.js';
import { FeedController } from '../shared/feed-controller.js';
import { endSession } from '../shared/report.js';
import { StatusFeedElement } from '../shared/status-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { DialogLive, markerText } from './dialog-live.js';
import { escapeCloses } from './escape.js';
import { FocusClear } from './focus-clear.js';
import { actionLists } from './incident-actions.js';
import { aboutNow, gist } from './incident-gist.js';
import { helpStyles } from './help.styles.js';
import { CornerRoom } from './corner-room.js';

export const PLACEMENTS = ['bottom-end', 'bottom-start'] as const;
export type Placement = (typeof PLACEMENTS)[number];
// The details of the events this element sends (clearline-contact, -reason, -feedback, -open); in
// its .d.ts, this line also brings their GlobalEventHandlersEventMap entries to `import 'clearline/help'`.
export type { ClearlineContactDetail, ClearlineFeedbackDetail, ClearlineOpenDetail, ClearlineReasonDetail } from '../shared/contact-events.js';

// The FAQ (search engine included) and the Markdown renderer are only fetched when the dialog first opens
// (markdown-lazy.js itself is a few hundred bytes that status and FAQ pages load anyway; importing it
// statically keeps the bundler from splitting it and a runtime helper into two more small files).
let faqModule: Promise<unknown> | undefined;
const loadFaq = () => (faqModule ??= import('../faq/faq.js'));

/**
 * The one tag for every page: a help button fixed to a corner that opens a dialog with the open
 * incident (title, "act now", next update), the FAQ search, and "Still need us?": the contact
 * reasons, each with its answers first and then the channels to use. Until the first opening
 * nothing is loaded but the button and the status request the page's other elements share.
 * The `--clearline-*` properties set on it also style the FAQ in its dialog (see `<clearline-faq>`).
 * On a page that scrolls it adds its own room after the page's end (padding and scroll padding on the root element, on
 * top of a floating banner's), so the last lines can be scrolled up from under the button; it sets that room (its height
 * and distance from the bottom) on the root element as `--clearline-help-space` for a site's own fixed buttons.
 *
 * @summary Help launcher: incident, FAQ search, contact reasons and channels in one dialog.
 *
 * @event clearline-load - A verified status document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying the status failed. `detail: {code, message, clock?}`; `clock: 'ahead'` (with `invalid`) when the feed is dated ahead of this device's clock.
 * @event clearline-reason - The reader chose a contact reason. `detail: {reason, incidents}`.
 * @event clearline-contact - The reader followed a channel link. `detail: {channel, reason?, query?, entry?, incidents}`.
 * @event clearline-feedback - The reader answered "Did this answer your question?". `detail: {entry, helpful, query?}`.
 * @event clearline-open - The reader opened an answer. `detail: {entry, query?}`.
 *
 * @csspart launcher - The help button in the corner. On a phone (at most 30rem wide or high) only its icon shows, in a 48px circle; its name stays the word.
 * @csspart marker - The dot on the button while an incident is going on (not for a notice or one announced for later); the button's description then says so.
 * @csspart dialog - The dialog.
 * @slot fallback - Your own words for when no verified status can be shown (as in `<clearline-status>`): under "Status unknown." in the dialog, on both of its screens, never otherwise; without them, "Please try again in a few minutes. Life in danger? Call your local emergency number." (in Dutch "… Levensgevaar? Bel 112.") Give it `hidden`: `<p slot="fallback" hidden>Outage? Call 0800 0234</p>`.
 *
 * @csspart notice - "Outdated: …" when the status has expired, "Last confirmed at …" when it could not be checked again, or "Status unknown." when there is nothing verified to show.
 * @csspart incident - The open incident at the top of the dialog; for an hour after an all-clear with none going on (none open, or only notices and incidents announced for later), the one last resolved ("Resolved at 12:29") and the open ones after it, as the banner shows it.
 * @csspart actions - The "act now" actions: the incident's, then those of each other open incident under its title.
 * @csspart can-wait - The actions that can wait, with "you do not need to call" (for the many who ask just in case), grouped as the "act now" ones.
 * @csspart emergency - The emergency lines (gas smell, fraud) on the first screen, under "In an emergency".
 * @csspart next-update - When the next update comes: under the incident, and in the panel of a reason that can wait.
 * @csspart faq - The embedded `<clearline-faq>`.
 * @csspart still-need-us - The "Still need us?" button.
 * @csspart reasons - The list of contact reasons.
 * @csspart reason - One contact reason button.
 * @csspart contact - "How to reach us": the channels, in place of the reasons when the feed has none.
 * @csspart reason-panel - The chosen reason: answers, actions, channels.
 * @csspart answer - An opened answer in a reason's panel.
 * @csspart action - One action in a reason's panel.
 * @csspart channel - One contact channel.
 * @csspart feedback - "Did this answer your question?".
 *
 * @cssprop --clearline-surface - Background of the dialog; also the text and ring of the help button, and the ring around its incident dot.
 * @cssprop --clearline-text - Main text colour of the dialog; keep 4.5:1 contrast against its background and the soft fill.
 * @cssprop --clearline-muted - Secondary text: when the next update comes, "1 more disruption", waits.
 * @cssprop --clearline-border - Thin lines: the dialog's edge, the lines under its title and above its footer, answer cards, the "Back" button.
 * @cssprop --clearline-subtle - Soft fill of the incident at the top of the dialog and of the "Outdated" / "Last confirmed at …" notice.
 * @cssprop --clearline-link - The help button's background (its text is the dialog background, so keep 4.5:1 contrast between the two), the "Still need us?" button, links and questions.
 * @cssprop --clearline-focus - The ring around the help button or a control in the dialog reached with the keyboard.
 * @cssprop --clearline-color-minor - Left edge of a minor incident or notice at the top of the dialog; border of the "Outdated" notice.
 * @cssprop --clearline-color-major - Left edge of a major incident at the top of the dialog.
 * @cssprop --clearline-color-ok - Left edge of an incident resolved within the last hour at the top of the dialog.
 * @cssprop --clearline-color-critical - The dot on the help button while an incident is open; the left edge of a critical incident, of the emergency lines and of an urgent reason.
 * @cssprop --clearline-font - Font family (e.g. `'Your Brand Sans', sans-serif`); by default the page's own font. Load the font on your page: the element loads none.
 * @cssprop --clearline-radius - Corner rounding of the dialog, boxes and buttons (default 8px; the help button is always round, the dialog square on phones).
 * @cssprop --clearline-space - The gaps in a reason's panel (default 1rem).
 * @cssprop --clearline-offset - Distance of the launcher from the corner (default 1rem).
 * @cssprop --clearline-banner-space - Room kept free at the bottom of the viewport; the launcher rises above it. Set on the page's root element by a `<clearline-banner>` floating at the bottom (default 0).
 * @cssprop --clearline-z - Stacking order of the launcher (default 1000).
 */
@customElement('clearline-help')
export class ClearlineHelp extends StatusFeedElement {
  static override styles = [themeStyles, helpStyles];

  /** URL of the signed FAQ document, checked with the same `public-key`. Fetched on first opening. */
  @property({ attribute: 'faq-src' }) faqSrc = '';

  /** When set, the FAQ document's `feed_id` must equal it (as `feed-id` does for the status), e.g. `utrecht-energie-faq`. */
  @property({ attribute: 'faq-feed-id' }) faqFeedId = '';

  /** The corner: `bottom-end` (default, right in left-to-right pages) or `bottom-start`. */
  @property({ reflect: true }) placement: Placement = 'bottom-end';

  /** Trusted FAQ entries given directly (apps, stories); no fetch, no signature. */
  @property({ attribute: false }) entries?: FaqEntry[];

  /** True while the dialog is open. */
  @state() open = false;
  @state() private view: 'answers' | 'contact' = 'answers';
  @state() private everOpened = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('button.launcher') private launcher?: HTMLButtonElement;

  /** The FAQ document, through the same controller as every feed (pause signals, byte cap, shared request); only once the dialog has opened. */
  private readonly faqFeed = new FeedController(this, 'faq', false);
  private readonly contact = new ContactController(this, () => ({ status: contactStatus(this.status, this.now), entries: this.allEntries, lang: this.language, query: this.lastQuery, md: this.md, now: this.now, about: () => aboutNow(this.status, this.language, this.now, this.md) }));
  // Fades the fixed button off a focused control it covers (WCAG 2.4.11; focus-clear.ts).
  private readonly focusClear = new FocusClear(this);
  // Room after the page's end for the button (corner-room.ts, trial R).
  protected readonly room = new CornerRoom(this);
  private readonly said = new DialogLive(this, () => ({ payload: this.status, lang: this.language, now: this.now, open: this.open }));
  private md?: (source: string) => unknown;
  private lastQuery = '';

  /** The last verified status, also once expired: its incident, reasons and channels stay, under a notice (as in <clearline-status>). */
  private get status(): StatusPayload | undefined {
    return this.feed.view.payload;
  }

  private get allEntries(): FaqEntry[] {
    return this.entries ?? this.faqFeed.view.payload?.entries ?? [];
  }

  /** Opens the dialog (as the button does). */
  async show(): Promise<void> {
    if (this.open) return;
    this.everOpened = true;
    this.open = true;
    this.view = 'answers';
    void loadFaq();
    if (!this.md) void loadMarkdown().then((r) => ((this.md = (source: string) => r.renderMarkdown(source, this.status)), this.requestUpdate()));
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  /** Closes the dialog; focus returns to the button. */
  hide(): void {
    if (this.dialog?.open) this.dialog.close();
    this.onClosed();
  }

  private onClosed(): void {
    if (!this.open) return;
    this.open = false;
    this.contact.reset();
    endSession(this);
    this.launcher?.focus();
  }

  /** Escape closes (escape.ts). */
  private readonly onEscape = escapeCloses(() => this.hide());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { faqSrc: src, publicKey, poll, maxBytes, faqFeedId: feedId } = this;
    this.faqFeed.configure(this.everOpened && !this.entries && src ? { src, publicKey, feedId, poll, maxBytes } : {});
  }

  private goto(view: 'answers' | 'contact'): void {
    this.view = view;
    this.contact.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(view === 'contact' ? '.contact-view button' : '.foot button')?.focus());
  }

  protected override render() {
    const lang = this.language;
    const t = HELP_TERMS[uiLanguage(lang)];
    const incidents = this.status ? openIncidents(this.status, this.now) : [];
    const dot = !allClearLeads(incidents, this.now); // only for one going on: not a strike announced for Thursday, nor a notice (a phishing warning)
    return html`<button class="launcher" part="launcher" type="button" ?data-yield=${this.focusClear.covered} aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby=${dot ? 'marker-text' : nothing} @click=${() => (this.open ? this.hide() : void this.show())} lang=${lang}>
        ${svg`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M12 16.8v.4" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>`}
        <span>${t.launcher}</span>
        ${dot ? html`<span class="marker" part="marker" aria-hidden="true"></span>` : nothing}
      </button>
      ${dot ? html`<span id="marker-text" hidden>${markerText(t, this.status!, lang, this.now)}</span>` : nothing}
      ${this.everOpened ? this.renderDialog(t, lang, incidents) : nothing}`;
  }

  private renderDialog(t: HelpTerms, lang: string, incidents: Incident[]) {
    // With none going on (only notices or ones announced for later), the last all-clear of the hour first (as the banner):
    // "the app works again" is the news, Tuesday's strike follows it (trial S).
    const ended = allClearLeads(incidents, this.now) && this.status && !this.feed.view.error ? recentlyResolved(this.status, this.now).slice(0, 1) : [];
    // "Still need us?" while the status loads says so, as the first screen: not an empty screen (trial R).
    const loading = this.feed.view.loading && !this.status ? html`<p aria-busy="true">${t.loadingStatus}</p>` : nothing;
    // Sentinels at both ends keep Tab inside the dialog: the first and last controls are always there.
    return html`<dialog part="dialog" aria-labelledby="help-title" lang=${lang} @close=${this.onClosed} @keydown=${this.onEscape}>
      <span class="sentinel" tabindex="0" @focus=${() => this.renderRoot.querySelector<HTMLElement>('.foot button')?.focus()}></span>
      ${this.said.render()}
      <div class="head">
        <h2 id="help-title">${t.title}</h2>
        <button class="close" type="button" autofocus aria-label=${t.close} @click=${() => this.hide()}>${closeIcon()}</button>
      </div>
      <div class="body">
        ${this.renderNotice(t, lang)}
        ${this.view === 'answers'
          ? html`${this.renderEmergency(t, lang)}
              ${incidents.length || ended.length ? this.renderIncident([...ended, ...incidents], t, lang) : loading}
              ${this.faqSrc || this.entries
                ? html`<clearline-faq part="faq" src=${this.entries ? '' : this.faqSrc} public-key=${this.publicKey} feed-id=${this.faqFeedId || nothing} status-src=${this.src} .statusData=${this.data} .incidentShown=${incidents.length > 0} lang=${lang}
                    theme=${this.theme ?? nothing} heading-level="3" report-url=${this.reportUrl || nothing} .entries=${this.entries}
                    @clearline-search=${(e: CustomEvent<ClearlineSearchDetail>) => (this.lastQuery = e.detail.query)}></clearline-faq>`
                : nothing}`
          : html`<div class="contact-view">${this.contact.render(3)}${loading}</div>`}
      </div>
      <div class="foot">
        ${this.view === 'answers'
          ? html`<button class="still" part="still-need-us" type="button" @click=${() => this.goto('contact')}>${t.stillNeedUs}</button>`
          : html`<button class="still" type="button" @click=${() => this.goto('answers')}>${t.backToAnswers}</button>`}
      </div>
      <span class="sentinel" tabindex="0" @focus=${() => this.renderRoot.querySelector<HTMLElement>('button.close')?.focus()}></span>
    </dialog>`;
  }

  /** The emergency lines (gas smell, fraud) on the first screen: nobody in danger should have to search or choose a reason first. Named as in <clearline-status> and the FAQ ("Bij nood"). */
  private renderEmergency(t: HelpTerms, lang: string) {
    const lines = contactStatus(this.status, this.now)?.channels.filter((c) => c.emergency) ?? [];
    if (!lines.length) return nothing;
    return html`<section class="contact emergency" part="emergency" aria-labelledby="emergency-title">
      <h3 id="emergency-title">${termsFor(lang).emergency}</h3>${this.contact.renderChannels(lines, {}, lang, t)}
    </section>`;
  }

  /** What <clearline-status> says above data it could not confirm again (expired, or the latest check failed), or in place of none. */
  private renderNotice(t: HelpTerms, lang: string) {
    const { payload, error } = this.feed.view;
    const st = termsFor(lang);
    // Nothing verified to show (host down, nothing kept; expired days ago): say so, with the site's own words (slot
    // fallback), or else ours, on both screens. Without a fallback "Still need us?" was an empty screen, with no number
    // even for a gas smell, on a grid operator's first visit while the feed host was down (trial R).
    if (!payload) return error ? html`<p class="notice" part="notice"><strong>${st.statusUnknown}.</strong> ${errorWords(st, error)}</p><slot name="fallback"><span>${t.noFallback}</span></slot>` : nothing;
    if (isExpired(payload, this.now)) {
      return html`<p class="notice" part="notice">${st.outdated(formatIssuedAt(payload, lang, this.now))}</p>`;
    }
    // The time of the data shown (when it was signed), as the banner's "Not confirmed since …": not when this page last fetched it.
    if (!error) return nothing;
    return html`<p class="notice" part="notice"><strong>${formatConfirmed(st.lastConfirmed, Date.parse(payload.issued_at), lang, this.now, payload.time_zone)}.</strong> ${errorWords(st, error)}</p>`;
  }

  private renderIncident(incidents: Incident[], t: HelpTerms, lang: string) {
    const top = incidents[0]!;
    const st = termsFor(lang);
    // An all-clear says what still applies in what we know; its actions and unknowns are history (as in <clearline-status>).
    const ended = top.phase === 'resolved';
    const live = incidents.filter((i) => i.phase !== 'resolved'); // a notice after the all-clear keeps its actions
    const actions = live.flatMap((i) => i.actions ?? []);
    const urgent = actions.filter((a) => a.urgent);
    // The many who ask "just in case" read here that they need not call (as in <clearline-status>).
    const later = actions.filter((a) => !a.urgent);
    const statusUrl = safeHref(this.status?.status_url);
    const item = (a: Action) => {
      const href = safeHref(a.href);
      const label = pickText(a.label, lang);
      return html`<li>${a.who ? html`<span class="who">${pickText(a.who, lang)}</span> ` : nothing}${href ? contactLink(href, label, numberLang(lang, this.status?.time_zone), 'brackets', undefined, pickText(a.who, lang)) : label}</li>`;
    };
    const from = announcedWhen(top, lang, this.now, this.status?.time_zone); // a strike on Thursday: "Vanaf do 10 dec, 00:01"
    return html`<section class="incident sev-${ended ? 'ok' : from ? 'info' : top.severity}" part="incident" aria-labelledby="incident-title">
      <h3 id="incident-title">${pickText(top.title, lang)}</h3>
      <p><strong>${ended ? resolvedWhen(Date.parse(top.resolved_at ?? top.updated_at), lang, this.now, this.status?.time_zone) : (from ?? st.severity[top.severity])}</strong></p>
      ${incidents.length > 1 ? html`<p class="more">${t.moreDisruptions(incidents.slice(1).map((i) => pickText(i.title, lang)).join('; '))}</p>` : nothing}
      ${urgent.length ? html`<div class="actions" part="actions"><h4>${urgent.some((a) => a.who) ? st.actNow : st.actNowAll}</h4>${actionLists(live, true, lang, item, top)}</div>` : nothing}
      ${gist(top, lang, this.md, ended)}
      ${top.next_update_at && !ended ? html`<p class="next" part="next-update">${nextUpdateLine(top, lang, this.now, this.status?.time_zone, isExpired(this.status!, this.now))}</p>` : nothing}
      ${later.length
        ? html`<div class="actions later" part="can-wait"><h4>${st.canWait}</h4>
            <p>${isOverdue(top, this.now) || !top.next_update_at ? st.canWaitDetailOverdue : st.canWaitDetail}</p>${actionLists(live, false, lang, item, top)}</div>`
        : nothing}
      ${statusUrl ? html`<p><a href=${statusUrl} rel="noopener noreferrer">${t.fullStatus}</a></p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-help': ClearlineHelp;
  }
}
