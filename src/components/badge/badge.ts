import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { siteHref } from '../../content/links.js';
import { isExpired, overallState, type OverallState } from '../../feed/incidents.js';
import type { Severity } from '../../feed/schema.js';
import { formatIssuedAt, termsFor, uiLanguage } from '../../i18n/lang.js';
import { StatusFeedElement } from '../shared/status-element.js';
import { icon } from '../shared/icons.js';
import { themeStyles } from '../shared/theme.styles.js';
import { SHORTER_LABELS } from './badge-labels.js';
import { badgeReserveStyles } from './badge-reserve.styles.js';
import { badgeStyles } from './badge.styles.js';

/**
 * A compact status indicator for a navigation bar: "Disruption", "No known disruptions" or
 * "Status unknown"; "Announced" in the information look while every open incident starts later (`starts_at`), "Notice"
 * ("Mededeling", `state="notice"`) while notices are open (severity `info`: standing advice such as a phishing warning) and
 * nothing is going on, also beside one announced for later: the notice holds now ("Announced" next to a notice for those
 * still without service after an all-clear read as news about the incident just over). It keeps one size in every state, reserved before its code loads, so the page
 * never moves. "No known disruptions" only for verified, current data whose latest load
 * succeeded; open incidents from the last verified document still show as a disruption when a
 * later load fails or the feed has expired, as the banner shows them: then with a dashed border and
 * the label in the muted colour, and "Not confirmed since …" after the label for screen readers.
 *
 * @summary A compact disruption indicator from a signed status feed.
 *
 * @event clearline-load - A verified document was accepted. `detail: {feedId, seq, issuedAt}`.
 * @event clearline-error - Loading or verifying failed. `detail: {code, message, clock?}`; `clock: 'ahead'` (with `invalid`) when the feed is dated ahead of this device's clock.
 *
 * @csspart badge - The indicator (a link when `href` is set).
 *
 * @cssprop --clearline-badge-width - The width the badge reserves before and after it loads (default 15em, grown to its longest label); when set, exactly that width, and a label too long for it is shortened ("Geen storingen bekend" to "Geen storing", "Status unknown" to "Unknown"; screen readers get it whole) or, still too long, ends in "…" (for narrow phone headers); see docs/performance.md.
 * @cssprop --clearline-surface - Background of the badge.
 * @cssprop --clearline-text - Label text ("Disruption", "No known disruptions"); keep 4.5:1 contrast against the background.
 * @cssprop --clearline-muted - Label text of "Status unknown", of the badge while it loads, and of a disruption that is no longer confirmed (a kept copy).
 * @cssprop --clearline-border - The badge's outline when there is no disruption (dashed while the data is not confirmed).
 * @cssprop --clearline-focus - The ring around the badge reached with the keyboard (when it is a link).
 * @cssprop --clearline-color-info - Outline and icon during an information notice.
 * @cssprop --clearline-color-minor - Outline and icon during a minor disruption.
 * @cssprop --clearline-color-major - Outline and icon during a major disruption.
 * @cssprop --clearline-color-critical - Outline and icon during a critical disruption.
 * @cssprop --clearline-color-ok - The tick of "No known disruptions".
 * @cssprop --clearline-font - Font family (e.g. `'Your Brand Sans', sans-serif`); by default the page's own font. The badge is always a pill: `--clearline-radius` does not apply.
 */
@customElement('clearline-badge')
export class ClearlineBadge extends StatusFeedElement {
  static override styles = [themeStyles, badgeReserveStyles, badgeStyles];

  /** When set, the badge is a link, for example to the status page. */
  @property() href = '';

  /** The state shown: `disruption`, `announced` (only incidents announced for later, such as a strike on Thursday), `notice` (notices open: incidents of severity `info`, standing advice such as a phishing warning, while nothing is broken; also beside one announced for later), `ok`, `unknown`, or `loading` before the first result. */
  @property({ reflect: true, attribute: 'state' }) state: OverallState | 'loading' = 'loading';

  private severity?: Severity;
  /** Steps to a shorter label (badge-labels.ts) while `updated()` finds it cut off; every other render starts whole. */
  private cut = 0;
  private stepping = false;
  private shortest = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { payload, error, loading } = this.feed.view;
    if (!payload && !error && (loading || this.src)) {
      this.state = 'loading';
      this.severity = undefined;
      return;
    }
    const overall = overallState(payload, this.now, !!error);
    this.state = overall.state;
    this.severity = overall.severity;
  }

  protected override render() {
    const lang = this.language;
    const t = termsFor(lang);
    const whole = { disruption: t.disruption, announced: t.announced, notice: t.notice, ok: t.allClear, unknown: t.statusUnknown, loading: t.checking }[this.state];
    const labels = [whole, ...(SHORTER_LABELS[uiLanguage(lang)][this.state] ?? [])];
    this.shortest = labels.length - 1;
    const label = labels[this.stepping ? Math.min(this.cut, this.shortest) : (this.cut = 0)]!;
    const open = this.state === 'disruption' || this.state === 'announced' || this.state === 'notice';
    const glyph = open ? icon(this.severity ?? 'major') : this.state === 'ok' ? icon('ok') : icon('unknown');
    // The longest label of any state reserves the width (see .labels in badge.styles.ts).
    const longest = [t.disruption, t.allClear, t.statusUnknown, t.checking].reduce((a, b) => (b.length > a.length ? b : a));
    // A kept copy's disruption (the latest load failed, or the feed expired), as the banner shows it: marked, and why (dashed for the eye).
    const { payload, error } = this.feed.view;
    const stale = open && payload && (error || isExpired(payload, this.now)) ? formatIssuedAt(payload, lang, this.now) : '';
    const content = html`${glyph}<span class="visually-hidden">${t.badgeLabel}: ${label === whole ? '' : whole}</span><span class="labels" data-longest=${longest}><span class="label" aria-hidden=${label === whole ? nothing : 'true'}>${label}</span></span>${stale ? html`<span class="visually-hidden">. ${t.bannerOutdated(stale)}</span>` : ''}`;
    const cls = `badge ${this.state} ${this.severity ? `sev-${this.severity}` : ''}${stale ? ' stale' : ''}`;
    const href = siteHref(this.href);
    return href
      ? html`<a class=${cls} part="badge" href=${href} lang=${lang}>${content}</a>`
      : html`<span class=${cls} part="badge" lang=${lang}>${content}</span>`;
  }

  /**
   * A label cut off ("No known d…") steps to a shorter one while there is one; a new width starts whole again. Only when
   * the label is shortened or cut: an update on every resize would take a task of its own beside the banner's
   * (shared/render-turn.ts), on every page, for nothing.
   */
  protected override firstUpdated(): void {
    new ResizeObserver(() => {
      const el = this.renderRoot.querySelector('.label')!;
      if (this.cut || el.scrollWidth > el.clientWidth) this.requestUpdate();
    }).observe(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const el = this.renderRoot.querySelector('.label')!;
    this.stepping = el.scrollWidth > el.clientWidth && this.cut < this.shortest;
    if (this.stepping) {
      this.cut++;
      this.requestUpdate();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-badge': ClearlineBadge;
  }
}
