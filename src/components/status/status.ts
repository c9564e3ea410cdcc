import { nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { html, type StaticValue } from 'lit/static-html.js';
import { numberLang, siteHref } from '../../content/links.js';
import { allClearLeads, isExpired, isOverdue, lastChange, openIncidents, resolvedIncidents } from '../../feed/incidents.js';
import { unchangedSince } from '../../feed/unchanged.js';
import { announcedWhen } from '../../i18n/announced.js';
import type { FeedError } from '../../feed/errors.js';
import type { Action, Channel, Incident, StatusPayload, TextValue } from '../../feed/schema.js';
import { errorWords, formatConfirmed, formatDateTime, formatIssuedAt, formatNextUpdate, formatRelative, pickText, termsFor } from '../../i18n/lang.js';
import type { Terms } from '../../i18n/terms.js';
import { allClearRecent, resolvedWhen } from '../../i18n/resolved.js';
import { allClearAbove, emergencyOnTop, justResolved } from '../../feed/just-resolved.js';
import { contactLink } from '../shared/contact-link.js';
import { headingTag } from '../shared/heading.js';
import { icon } from '../shared/icons.js';
import { MarkdownReady } from '../shared/markdown-ready.js';
import { StatusFeedElement } from '../shared/status-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { Announcer } from '../shared/announcer.js';
import { LiveText } from '../shared/live-text.js';
import { channelsSection, emergencyLines, followChannels, incidentEmergencyLines } from './channel-list.js';
import { skeleton, unknownState } from './states.js';
import { statusStyles } from './status.styles.js';

export { LONG_WAIT_MINUTES } from '../../feed/channels.js';

/**
 * The full incident view: for each incident what we know, what we don't know yet, when the next
 * update comes and what you can do, with contact channels and their expected waits.
 *
 * @summary Shows a signed status feed: incidents, triage of actions, contact channels.
 *
 * @event clearline-load - A verified document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying failed. `detail: {code, message, clock?}`; `clock: 'ahead'` (with `invalid`) when the feed is dated ahead of this device's clock; earlier verified data stays on screen.
 * @event clearline-contact - The reader followed a channel link. `detail: {channel, incidents}` (incidents: ids of the open ones).
 *
 * @slot fallback - Your own words for when no verified status can be shown (a first visit during a failure, or an expired one with nothing else): shown under "Status unknown", never otherwise. Give it `hidden` (`<p slot="fallback" hidden>Outage? Call 0800 0234</p>`) so it does not show before the element loads; without `hidden` it is also what a browser that cannot run the script shows.
 *
 * @csspart base - The outer wrapper.
 * @csspart notice - The "last confirmed at" or error notice.
 * @csspart skeleton - The placeholder shown before the first document.
 * @csspart unknown-state - "Status unknown": no verified document could be shown, or the last one has expired with nothing else to show.
 * @csspart all-clear - The "no known disruptions" state.
 * @csspart incident - One incident.
 * @csspart title - An incident's title.
 * @csspart known - What we know.
 * @csspart unknown - What we don't know yet.
 * @csspart next-update - When the next update comes.
 * @csspart actions - What you can do: "Act now if…" right under the title (and the area), "Can wait" after the next update.
 * @csspart action - One action.
 * @csspart channels - The contact channels.
 * @csspart emergency - The emergency lines (channels with `emergency: true`): always first, set apart, never reordered by waits. They are also shown under the title of the first open incident when it is critical, or when a critical incident was resolved within the last day (a gas all-clear while a fraud warning is still open).
 * @csspart channel - One contact channel.
 * @csspart self-service - What to try before calling, shown when a wait is long.
 * @csspart resolved - The list of resolved incidents: open while one ended within a day (after the open ones), else collapsed; first and open for an hour after an all-clear while the open ones are only notices or announced for later. For that day an all-clear more severe than the first open incident is also named in a line above the incidents ("Resolved at 18:00: Gas back on in Naas") that jumps to it.
 * @csspart timeline - The collapsed list of earlier updates.
 *
 * @cssprop --clearline-surface - Background of the cards: each incident, the "No known disruptions" card and the contact box.
 * @cssprop --clearline-background - Background around and between the cards (the element's own page colour). Defaults to the card background, so the text never depends on the colour of your page.
 * @cssprop --clearline-subtle - Soft fill of the secondary boxes: the affected-area pills, notices ("Last confirmed at …"), the overdue-update line, the "Act now" group, the emergency lines and "Try this first".
 * @cssprop --clearline-focus - The ring around a link or button reached with the keyboard; keep 3:1 contrast against the card background.
 * @cssprop --clearline-text - Main text colour; keep 4.5:1 contrast against the card background and the soft fill.
 * @cssprop --clearline-muted - Secondary text: "Updated 10 minutes ago", waits, action details, the publisher line; keep 4.5:1 contrast too.
 * @cssprop --clearline-border - Thin lines: card edges, pills, the update timeline, the "Can wait" group.
 * @cssprop --clearline-link - Links (channels, actions) and the openers "2 earlier updates" and "Resolved incidents".
 * @cssprop --clearline-color-info - Information notice: the thick left edge of its card and its label "Information" (text, so keep 4.5:1 contrast against the card).
 * @cssprop --clearline-color-minor - Minor disruption: card edge and label, as above; also the border of the "Last confirmed at …" and error notices.
 * @cssprop --clearline-color-major - Major disruption: card edge, label and the border of its "Act now" group; also the dashed border of an overdue update.
 * @cssprop --clearline-color-critical - Critical disruption: card edge, label and "Act now" border; also the thick border of the emergency lines.
 * @cssprop --clearline-color-ok - The tick of "No known disruptions"; the card edge and label of a resolved incident.
 * @cssprop --clearline-font - Font family (e.g. `'Your Brand Sans', sans-serif`); by default the page's own font. Load the font on your page: the element loads none.
 * @cssprop --clearline-radius - Corner rounding of cards, boxes and pills (e.g. `0` for square, `12px`); default 8px.
 * @cssprop --clearline-space - Padding inside the cards and the gap between them (default 1rem); smaller boxes use a fraction of it.
 */
@customElement('clearline-status')
export class ClearlineStatus extends StatusFeedElement {
  static override styles = [themeStyles, statusStyles];

  /** Heading level of each incident title (1-6), so the widget fits the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A link to the site's FAQ or help page, offered as self-service when waits are long. */
  @property({ attribute: 'faq-href' }) faqHref = '';
  /** The feed's IANA zone, so times are named when the reader's clock differs. */
  private zone?: string;

  private readonly markdownReady = new MarkdownReady(this, () => this.feed.view.payload !== undefined);
  private readonly announcer = new Announcer();
  private readonly live = new LiveText(this);

  /** Also waits for the Markdown renderer when there is content to show, so the content is really there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this.markdownReady.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Announce a new document whose incidents changed (the rules are in announcer.ts), then take it out (live-text.ts).
    const payload = this.feed.view.payload;
    if (payload && this.announcer.isNew(payload)) {
      this.now = Date.now();
      this.live.say(this.announcer.announce(payload, this.language, this.now));
    }
  }

  /** The incident title's heading tag, and one level below it for the parts of an incident. */
  private get headingTag(): StaticValue { return headingTag(this.headingLevel); }
  private get subheadingTag(): StaticValue { return headingTag(this.headingLevel, 1); }

  protected override render() {
    const lang = this.language;
    const t = termsFor(lang);
    const { payload, error, loading } = this.feed.view;
    // An expired document's own "Outdated: … dates from" notice says it; no second notice. Its time: the data's, as the banner's.
    const notice = error && !(error.code === 'expired' && payload && isExpired(payload, this.now));
    // One listener for every channel link, in the contact section and on top of a critical incident (`clearline-contact`).
    return html`<div class="root" part="base" lang=${lang} @click=${followChannels(this, payload, lang)}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.live.text}</div>
      ${notice ? this.renderNotice(t, error, payload) : nothing}
      ${payload ? this.renderPayload(payload, t, lang) : loading || (!error && this.src) ? skeleton(t) : error ? unknownState(t, this.headingTag) : nothing}
    </div>`;
  }

  private renderNotice(t: Terms, error: FeedError, payload?: StatusPayload) {
    return html`<div class="notice" part="notice" role="alert">
      ${icon('unknown')}
      <p>
        ${payload ? html`<strong>${formatConfirmed(t.lastConfirmed, Date.parse(payload.issued_at), this.language, this.now, payload.time_zone)}.</strong> ` : nothing}
        ${errorWords(t, error)}
      </p>
    </div>`;
  }

  private renderPayload(payload: StatusPayload, t: Terms, lang: string) {
    const open = openIncidents(payload, this.now);
    const resolved = resolvedIncidents(payload);
    const expired = isExpired(payload, this.now);
    this.zone = payload.time_zone;
    // In the hour after an all-clear with none going on (feed/incidents.ts), the resolved list first and open, as the banner
    // leads with it: "Inchecken werkt weer" (14:58) was folded away under a strike announced for Tuesday (trial S).
    const recent = allClearRecent(payload, lang, this.now);
    const first = open[0] && allClearLeads(open, this.now) && recent;
    // Just over (a day, also with others open, trial W): unfolded, and named in a line above a less severe open one (feed/just-resolved.ts).
    const just = justResolved(resolved, this.now), lead = allClearAbove(open, just);
    const done = resolved.length
      ? html`<details class="resolved" part="resolved" ?open=${first || just.length > 0}>
          <summary>${t.resolvedIncidents(resolved.length)}</summary>
          ${resolved.map((i) => this.renderIncident(i, t, lang))}
        </details>`
      : nothing;
    return html`
      ${expired
        ? html`<div class="notice" part="notice" role="alert">${icon('unknown')}<p>${t.outdated(formatIssuedAt(payload, lang, this.now))}</p></div>`
        : nothing}
      ${first ? done : lead ? html`<div class="state"><span class="ok">${icon('ok')}</span><a href="#" @click=${(e: Event) => this.focusActions(e, `[data-incident="${lead.id}"]`)}>${resolvedWhen(Date.parse(lead.resolved_at!), lang, this.now, this.zone)}: ${pickText(lead.title, lang)}</a></div>` : nothing}
      ${open.length === 0
        ? expired
          ? unknownState(t, this.headingTag)
          : html`<div class="state" part="all-clear">
              <span class="ok">${icon('ok')}</span>
              <div>
                <${this.headingTag}>${t.allClear}</${this.headingTag}>
                <p>${recent ?? t.allClearDetail}</p>
              </div>
            </div>`
        : // The emergency lines also right under the title of the top incident when it (or one ended today) is critical, not only far below in Contact.
          open.map((i, n) => this.renderIncident(i, t, lang, n || !emergencyOnTop(i, just) ? [] : incidentEmergencyLines(payload, expired, this.now)))}
      ${first ? nothing : done}
      ${channelsSection({ payload, expired, now: this.now, t, lang, heading: this.headingTag, faq: siteHref(this.faqHref), onWhatYouCanDo: this.focusActions })}
      <p class="publisher">${t.publishedBy(pickText(payload.publisher.name, lang))} · ${t.updated(formatRelative(Math.min(lastChange(payload), this.now), lang, this.now))}</p>
    `;
  }

  /** Markdown text; drawn in the same blocks without the Markdown chunk, so the first paint never waits for it. */
  private md(text: TextValue | undefined, lang: string) {
    const source = pickText(text, lang);
    const renderer = this.markdownReady.renderer();
    const feed = this.feed.view.payload; // its numbers in the text become links, and a bare address only to its own site (trial U)
    return guard([source, renderer, feed], () => renderer.renderMarkdown(source, feed));
  }

  private renderIncident(incident: Incident, t: Terms, lang: string, sos: readonly Channel[] = []) {
    const resolved = incident.phase === 'resolved';
    const severity = t.severity[incident.severity];
    // Resolved: the badge says so in the calm all-clear look (as the badge element does), the severity it had only in muted words; its time "Opgelost om 8:00", another day "Opgelost ma 26 okt, 8:00" (no "om" before a date, as the exports say it).
    const at = resolved && incident.resolved_at ? resolvedWhen(Date.parse(incident.resolved_at), lang, this.now, this.zone) : '';
    // Announced for later (a strike on Thursday): "Vanaf do 10 dec, 0:01" in the calm information look, its severity muted.
    // A notice (severity info, a phishing warning) shows no phase ("Oorzaak gevonden") and, promising none, no next update.
    const from = announcedWhen(incident, lang, this.now, this.zone);
    // Only re-confirmed: "No change since 06:36, confirmed 10 minutes ago", so nobody rereads it all for what changed (trial V).
    const since = unchangedSince(incident);
    return html`<article class="incident sev-${resolved ? 'ok' : from ? 'info' : incident.severity}" part="incident" data-incident=${incident.id}>
      <${this.headingTag} part="title">${pickText(incident.title, lang)}</${this.headingTag}>
      ${emergencyLines(sos, t, lang, numberLang(lang, this.zone), { now: this.now, zone: this.zone })}
      <p class="meta">
        <span class="badge">${icon(resolved ? 'ok' : from ? 'info' : incident.severity)}${resolved ? at || t.phase.resolved : (from ?? severity)}</span>
        ${!resolved && incident.severity == 'info' ? nothing : html`<span class="phase">${resolved ? t.wasSeverity(severity) : from ? t.willBeSeverity(severity) : html`${icon(incident.phase)}${t.phase[incident.phase]}`}</span>`}
        ${at ? nothing : html`<span>${t.updated(formatRelative(Math.min(Date.parse(incident.confirmed_at ?? incident.updated_at), this.now), lang, this.now), since && formatDateTime(since, lang, this.now, this.zone))}</span>`}
      </p>
      ${incident.affects?.length
        ? html`<div><span class="visually-hidden">${t.affects}:</span><ul class="affects" aria-label=${t.affects}>
            ${incident.affects.map((a) => html`<li>${pickText(a, lang)}</li>`)}
          </ul></div>`
        : nothing}
      ${resolved ? nothing : this.renderActNow(incident.actions?.filter((a) => a.urgent) ?? [], t, lang)}
      <section class="part" part="known">
        <${this.subheadingTag}>${t.known}</${this.subheadingTag}>
        <div class="md">${this.md(incident.known, lang)}</div>
      </section>
      ${resolved || !pickText(incident.unknown, lang).trim() ? nothing : html`<section class="part" part="unknown">
        <${this.subheadingTag}>${t.unknown}</${this.subheadingTag}>
        <div class="md">${this.md(incident.unknown, lang)}</div>
      </section>`}
      ${this.renderNextUpdate(incident, t, lang)}
      ${resolved ? nothing : this.renderCanWait(incident.actions?.filter((a) => !a.urgent) ?? [], t, lang, isOverdue(incident, this.now) || !incident.next_update_at)}
      ${incident.updates?.length ? this.renderTimeline(incident, t, lang) : nothing}
    </article>`;
  }

  private renderNextUpdate(incident: Incident, t: Terms, lang: string) {
    // Without a time only a notice (severity info, the schema's rule): no line, not "no further updates".
    if (incident.phase === 'resolved' || incident.next_update_at === null) return nothing;
    const at = Date.parse(incident.next_update_at);
    if (isOverdue(incident, this.now)) {
      // Once the document has expired, "we are still working on it" may be a day old (a hospital's trial): not said then.
      return html`<p class="next overdue" part="next-update">${t.overdue(formatDateTime(at, lang, this.now, this.zone), !!this.feed.view.payload && isExpired(this.feed.view.payload, this.now))}</p>`;
    }
    return html`<p class="next" part="next-update">
      <time datetime=${incident.next_update_at}>${formatNextUpdate(t.nextUpdateAt, at, lang, this.now, this.zone)}</time>
    </p>`;
  }

  /** "Act now if…" right under the title (trial N: on a phone it was below the first screen, under what we know), as in the help dialog. */
  private renderActNow(urgent: readonly Action[], t: Terms, lang: string) {
    return urgent.length
      ? html`<section class="part" part="actions"><div class="group urgent" data-group="urgent">
          <${this.subheadingTag} class="group-title">${urgent.some((a) => a.who) ? t.actNow : t.actNowAll}</${this.subheadingTag}>
          <ul class="list">${urgent.map((a) => this.renderAction(a, lang))}</ul>
        </div></section>`
      : nothing;
  }

  /** While an update is overdue, or none is promised (a standing notice, trial U), "can wait" does not promise that the next update will tell more. */
  private renderCanWait(later: readonly Action[], t: Terms, lang: string, overdue: boolean) {
    return later.length
      ? html`<section class="part" part="actions">
          <${this.subheadingTag}>${t.whatYouCanDo}</${this.subheadingTag}>
          <div class="group later" data-group="later">
            <${headingTag(this.headingLevel, 2)} class="group-title">${t.canWait}</${headingTag(this.headingLevel, 2)}>
            <p class="lead">${overdue ? t.canWaitDetailOverdue : t.canWaitDetail}</p>
            <ul class="list">${later.map((a) => this.renderAction(a, lang))}</ul>
          </div>
        </section>`
      : nothing;
  }

  private renderAction(action: Action, lang: string) {
    return html`<li part="action">
      ${action.who ? html`<span class="who">${pickText(action.who, lang)}</span>` : nothing}
      ${contactLink(action.href, pickText(action.label, lang), numberLang(lang, this.zone), 'brackets', undefined, pickText(action.who, lang))}
      ${action.detail ? html`<div class="detail">${this.md(action.detail, lang)}</div>` : nothing}
    </li>`;
  }

  private renderTimeline(incident: Incident, t: Terms, lang: string) {
    const updates = [...(incident.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return html`<details part="timeline">
      <summary>${t.earlierUpdates(updates.length)}</summary>
      <ol class="timeline">
        ${updates.map(
          (u) => html`<li>
            <time datetime=${u.at}><strong>${formatDateTime(Date.parse(u.at), lang, this.now, this.zone)}</strong></time>
            ${u.note ? html`<div class="md">${this.md(u.note, lang)}</div>` : nothing}
            ${u.known ? html`<div class="md"><em>${t.known}:</em> ${this.md(u.known, lang)}</div>` : nothing}
            ${u.unknown ? html`<div class="md"><em>${t.unknown}:</em> ${this.md(u.unknown, lang)}</div>` : nothing}
          </li>`,
        )}
      </ol>
    </details>`;
  }

  /** The self-service link "what you can do", or the all-clear's line (`to` its card, unfolded): moves focus to that heading. */
  private focusActions = (e: Event, to = '[part~=actions]'): void => {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`${to} :is(h1, h2, h3, h4, h5, h6)`);
    if (!target) return;
    target.closest('details')?.setAttribute('open', '');
    target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-status': ClearlineStatus;
  }
}
