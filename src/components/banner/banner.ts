import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { safeHref, siteHref } from '../../content/links.js';
import { defaultStore, memoryStore, type KeyValueStore } from '../../feed/kv-store.js';
import { announcedWhen } from '../../i18n/announced.js';
import { allClearLeads, incidentVersion, isExpired, isOverdue, openIncidents, recentlyResolved } from '../../feed/incidents.js';
import type { Incident, StatusPayload } from '../../feed/schema.js';
import { formatDateTime, formatIssuedAt, pickText, termsFor } from '../../i18n/lang.js';
import { resolvedWhen } from '../../i18n/resolved.js';
import { emit } from '../shared/events.js';
import { StatusFeedElement } from '../shared/status-element.js';
import { Announcer } from '../shared/announcer.js';
import { LiveText } from '../shared/live-text.js';
import { closeIcon, icon } from '../shared/icons.js';
import { themeStyles } from '../shared/theme.styles.js';
import { bannerStyles } from './banner.styles.js';
import { BannerSpace } from './page-space.js';

export interface ClearlineDismissDetail {
  feedId: string;
  incidentId: string;
}

/** The first control after `el` in the document that takes focus with Tab. */
const nextFocusable = (el: Element) =>
  [...document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,[tabindex]')].find((e) => el.compareDocumentPosition(e) & 4 && e.tabIndex >= 0 && !(e as HTMLInputElement).disabled && e.checkVisibility());

/** Where dismissals are kept: localStorage when it works, else memory for this page. */
export type DismissStore = KeyValueStore;

const dismissedThisPage = memoryStore();

/** Where the banner shows: over the page at the bottom or top of the viewport, or in the page's flow. */
export type BannerPlacement = 'bottom' | 'top' | 'inline';

/**
 * One line about the most severe open incident, its next update and a link to the full status (with
 * "(and 2 more)" in it when more incidents are open; a second one going on too, as severe or major, is named: "Also: …",
 * on one line of its own, where a long title ends in "…" on screen while screen readers hear all of it).
 * With no open incident, an incident resolved within the last hour stays, calm ("Resolved at 12:29: …"), while the
 * document is current: its closing text, one click away, says what still follows (buses start again, the water may
 * run brown). Hidden (no layout space) when there is neither, or no verified data. When the feed has
 * expired (not re-signed in time), the last verified incident stays, marked "Not confirmed since …"
 * instead of its next update: a banner that vanished would read as an all-clear.
 * Dismissible; the dismissal lasts until that incident changes.
 *
 * Screen readers hear a new document whose incidents changed (a new incident, an update, the
 * all-clear) once, politely, as `<clearline-status>` says it; never on the first load, and not at
 * all when a `<clearline-status>` on the page says it already. After the first such change the
 * element stays in the page (without a box) for its live region, even with nothing to show.
 *
 * On a page with a `<clearline-status>` for the same feed (the same `src`), a floating banner shows
 * nothing: that page already says it all, and a banner over it would hide part of it, such as the
 * emergency line. `placement="inline"` shows there as everywhere.
 *
 * It never pushes the page's content: by default (`placement="bottom"`) it floats over the page
 * at the bottom of the viewport, `placement="top"` at the top; it stays where the site put it in
 * the document, so screen readers and the keyboard meet it early, as a region named "Service
 * status". `placement="inline"` puts it in the page's flow, where its arrival moves the content
 * below it (a layout shift) unless the site reserves room for it. Floating, it takes at most about a quarter of the
 * viewport's height, though always room for about three lines of text (with text at 200 % on a 360 x 640 phone: 30 %);
 * the rest scrolls inside it, and a soft band in `--clearline-border` along its bottom edge shows that more follows.
 *
 * While it floats at the bottom, it sets `--clearline-banner-space` on the page's root element: the
 * height it covers at the bottom of the viewport (removed when it hides), and on a page that scrolls
 * adds as much padding after the page's end, so its last lines can be scrolled above it. `<clearline-help>` rises
 * above it by that much; a site's own fixed buttons can do the same, with
 * `bottom: calc(1rem + var(--clearline-banner-space, 0px))`.
 *
 * @summary A one-line, dismissible disruption banner from a signed status feed.
 *
 * @event clearline-load - A verified document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying failed. `detail: {code, message, clock?}`; `clock: 'ahead'` (with `invalid`) when the feed is dated ahead of this device's clock.
 * @event clearline-dismiss - The reader dismissed the banner. `detail: {feedId, incidentId}`.
 *
 * @csspart banner - The banner line.
 * @csspart title - The incident's title.
 * @csspart next-update - The next update time.
 * @csspart outdated - "Not confirmed since …", in place of the next update, once the feed has expired or while its latest check fails.
 * @csspart link - The link to the full status (the title).
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop --clearline-banner-offset - Distance from the viewport's edge when floating (default 0).
 * @cssprop --clearline-banner-max-width - Largest width of the floating banner (default 64rem).
 * @cssprop --clearline-banner-z-index - Stacking order of the floating banner (default 2147483646: above a site's cookie bar and consent tools; set lower to put your own on top).
 * @cssprop --clearline-surface - Background of the banner.
 * @cssprop --clearline-text - Text colour; keep 4.5:1 contrast against the background. Also the × of the dismiss button, and the next-update line once that time has passed or the data is no longer confirmed.
 * @cssprop --clearline-muted - The next-update time ("Next update 12:35").
 * @cssprop --clearline-border - The thin outline of the banner.
 * @cssprop --clearline-subtle - Background of the dismiss button under the mouse pointer.
 * @cssprop --clearline-link - The incident's title, a link to the full status.
 * @cssprop --clearline-focus - The ring around the title link or dismiss button reached with the keyboard.
 * @cssprop --clearline-color-info - Information notice: the thick left edge and the label "Information" (text, so keep 4.5:1 contrast against the background).
 * @cssprop --clearline-color-minor - Minor disruption: left edge and label, as above.
 * @cssprop --clearline-color-major - Major disruption: left edge and label.
 * @cssprop --clearline-color-critical - Critical disruption: left edge and label.
 * @cssprop --clearline-color-ok - An all-clear of the last hour: left edge and label.
 * @cssprop --clearline-font - Font family (e.g. `'Your Brand Sans', sans-serif`); by default the page's own font. Load the font on your page: the element loads none.
 * @cssprop --clearline-radius - Corner rounding of the banner and its dismiss button (default 8px).
 * @cssprop --clearline-space - Padding inside the banner (half of it above and below, three quarters at the sides) and, when floating, half of it between the banner and the viewport's edge (default 1rem).
 */
@customElement('clearline-banner')
export class ClearlineBanner extends StatusFeedElement {
  static override styles = [themeStyles, bannerStyles];

  private readonly space = new BannerSpace(this, () => !!this.shown && this.placement !== 'inline' && this.placement !== 'top');
  private readonly announcer = new Announcer();

  /** Where dismissals are kept; replace for tests or for a consent-aware store. */
  static store: DismissStore = defaultStore();

  /** `bottom` (default) or `top`: floats over the page at that edge of the viewport; `inline`: in the page's flow. */
  @property({ reflect: true }) placement: BannerPlacement = 'bottom';

  /** Where the link goes; defaults to the feed's `status_url`, else the publisher's URL. */
  @property() href = '';

  @state() private dismissals = 0;

  /** The live region (shared/live-text.ts): not in the page before the first change to announce, then in first, empty. */
  private readonly live = new LiveText(this, 150);

  private shown?: Incident;
  /** How many other open incidents the reader has not dismissed: the line names one, the link leads to all. */
  private others = 0;
  /** A second one as severe, going on too, named by its title: trial U's "(en nog 1)" hid a phishing warning beside a DDoS. */
  private also?: Incident;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const payload = this.feed.view.payload;
    // A new document whose incidents changed is announced as <clearline-status> announces it (status/announcer.ts),
    // unless one on the page says it already. The region goes in first, empty, so that screen readers hear the text.
    const text = payload && this.announcer.isNew(payload) ? this.announcer.announce(payload, this.language, this.now) : undefined;
    if (!document.querySelector('clearline-status')) this.live.say(text);
    // On the page that shows this feed in full (a <clearline-status> with the same src), a floating banner would only
    // repeat it over that page's content. Inline, the site put it there on purpose (a summary that links to the status below).
    const src = this.placement != 'inline' && this.src;
    const full = src && [...document.querySelectorAll('clearline-status')].some((s) => (s.src ?? s.getAttribute('src')) === src);
    const open = payload && !full ? openIncidents(payload, this.now).filter((i) => !this.isDismissed(payload, i)) : [];
    // With none going on, an all-clear of the last hour stays, calm: its closing text says what still follows. So it does
    // before notices and ones announced for later (feed/incidents.ts): "Opgelost om 14:58: Inchecken werkt weer (en nog 1)"
    // for its hour, then Tuesday's strike (trial S); a disruption going on still comes first.
    const ended = payload && !full && allClearLeads(open, this.now) && !this.feed.view.error ? recentlyResolved(payload, this.now).filter((i) => !this.isDismissed(payload, i)) : [];
    this.shown = ended[0] ?? open[0];
    this.others = Math.max(open.length - (ended.length ? 0 : 1), 0);
    const [, second] = open;
    this.also = !ended.length && second && (second.severity === this.shown!.severity || second.severity == 'major') && !allClearLeads([second], this.now) ? second : undefined;
    // Kept (empty of any box) once it has a region, so that an all-clear is heard too.
    this.toggleAttribute('hidden', !this.shown && this.live.text === undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A move to or from the bottom keeps the banner's size, so the ResizeObserver does not see it.
    if (changed.has('placement')) this.space.measure();
  }

  private storageKey(payload: StatusPayload, incident: Incident): string {
    return `clearline:dismissed:${payload.feed_id}:${incident.id}`;
  }

  private isDismissed(payload: StatusPayload, incident: Incident): boolean {
    const key = this.storageKey(payload, incident);
    const version = incidentVersion(incident);
    return ClearlineBanner.store.getItem(key) === version || dismissedThisPage.getItem(key) === version;
  }

  private dismiss(): void {
    const payload = this.feed.view.payload;
    const incident = this.shown;
    if (!payload || !incident) return;
    try {
      ClearlineBanner.store.setItem(this.storageKey(payload, incident), incidentVersion(incident));
    } catch {
      // Storage full or blocked: the dismissal still holds for this page.
      dismissedThisPage.setItem(this.storageKey(payload, incident), incidentVersion(incident));
    }
    const focused = this.matches(':focus-within');
    this.dismissals++;
    emit<ClearlineDismissDetail>(this, 'clearline-dismiss', { feedId: payload.feed_id, incidentId: incident.id });
    // The button is gone: a keyboard user goes on from the next control after the banner, not from the top of the page.
    if (focused) void this.updateComplete.then(() => !this.shown && nextFocusable(this)?.focus());
  }

  protected override render() {
    const payload = this.feed.view.payload;
    const incident = this.shown;
    const lang = this.language;
    const region = this.live.text === undefined ? nothing : html`<div class="visually-hidden" role="status" aria-live="polite" lang=${lang}>${this.live.text}</div>`;
    if (!payload || !incident) return region;
    const t = termsFor(lang);
    const title = pickText(incident.title, lang);
    const link = siteHref(this.href) ?? safeHref(payload.status_url) ?? safeHref(payload.publisher.url);
    // The second on one line of its own, a long title cut there by the style ("…"): screen readers hear all of it (trial X).
    const also = this.also && pickText(this.also.title, lang);
    const rest = this.others - +!!also;
    const count = rest ? ' ' + t.bannerMore(rest) : '';
    const more = also ? html`${/[.?!…]$/.test(title) ? '' : '.'} <span class=also>${t.bannerAlso} <span>${also}</span>${count}</span>` : count;
    const ended = incident.phase === 'resolved' ? Date.parse(incident.resolved_at ?? incident.updated_at) : undefined;
    // An all-clear promises nothing: a next update left in a resolved incident by hand is not shown beside it.
    const next = ended === undefined && incident.next_update_at ? Date.parse(incident.next_update_at) : undefined;
    // Announced for later (a strike on Thursday): "Vanaf do 10 dec, 0:01:" in the information look, not "Grote storing".
    const from = announcedWhen(incident, lang, this.now, payload.time_zone);
    const sev = from ? 'info' : incident.severity;
    return html`${region}<div class="banner sev-${ended === undefined ? sev : 'ok'}" part="banner" lang=${lang} role="region" aria-label=${t.badgeLabel}>
      <p class="line">
        ${ended === undefined
          ? html`<span class="sev">${icon(sev)}<span>${from ?? t.severity[incident.severity]}:</span></span>`
          : html`<span class="sev">${icon('ok')}<span>${resolvedWhen(ended, lang, this.now, payload.time_zone)}:</span></span>`}
        ${link
          ? html`<a part="link" href=${link} rel="noopener noreferrer"><strong part="title">${title}</strong>${more}</a>`
          : html`<strong part="title">${title}</strong>${more}`}
        ${isExpired(payload, this.now) || this.feed.view.error
          ? html`<span class="next late" part="outdated">${t.bannerOutdated(formatIssuedAt(payload, lang, this.now))}</span>`
          : next === undefined
            ? nothing
            : isOverdue(incident, this.now)
              ? html`<span class="next late" part="next-update">${t.bannerLate(formatDateTime(next, lang, this.now, payload.time_zone))}</span>`
              : html`<span class="next" part="next-update"><time datetime=${incident.next_update_at!}>${t.bannerNextUpdate(formatDateTime(next, lang, this.now, payload.time_zone))}</time></span>`}
      </p>
      <button type="button" part="dismiss" aria-label=${t.dismissLabel(title)} @click=${this.dismiss}>${closeIcon()}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-banner': ClearlineBanner;
  }
  interface GlobalEventHandlersEventMap {
    'clearline-dismiss': CustomEvent<ClearlineDismissDetail>;
  }
}
