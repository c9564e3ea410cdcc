import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentKind } from '../../feed/schema.js';
import { warmFormatters } from '../../i18n/lang.js';
import type { FeedConfig, FeedController } from './feed-controller.js';
import { inTurn } from './render-turn.js';

/** The properties that, when changed, point an element at another feed (or at trusted `data` / `entries`). */
const FEED_PROPERTIES = ['src', 'publicKey', 'feedId', 'poll', 'maxBytes', 'data', 'entries'] as const;

/**
 * What every clearline element that shows a signed document has in common: the feed attributes,
 * the language and theme, and a clock that keeps relative times ("in 20 minutes") true.
 */
export abstract class FeedElement<K extends DocumentKind> extends LitElement {
  /** URL of the signed document (`.jws.json`). */
  @property() src = '';

  /** Pinned public key(s): a JWK, a JWKS or a JSON array of JWKs. Without it nothing is fetched. */
  @property({ attribute: 'public-key' }) publicKey = '';

  /** When set, the document's `feed_id` must equal it. */
  @property({ attribute: 'feed-id' }) feedId = '';

  /** UI and content language (BCP 47). Defaults to the nearest ancestor's `lang`, else the browser's. */
  @property() override lang = '';

  /** `light` or `dark`; follows `prefers-color-scheme` when absent. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Seconds between checks for a new version; can make polling rarer than the feed asks, never more frequent. */
  @property({ type: Number }) poll?: number;

  /** The largest document accepted, in bytes (default 1,000,000). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /**
   * Where to send private usage reports (searches, unanswered questions, contact reasons, feedback,
   * contacts) as NDJSON: an https URL or a same-site path. Overrides `<meta name="clearline-report-url">`.
   * Query text is scrubbed first; nothing is sent under Global Privacy Control. See docs/contact-and-reports.md.
   */
  @property({ attribute: 'report-url' }) reportUrl = '';

  /** The time relative texts are computed against; ticks every 30 s and when the page becomes visible. */
  @state() protected now = Date.now();

  protected abstract readonly feed: FeedController<K>;
  private clock?: ReturnType<typeof setInterval>;
  private readonly wake = () => document.visibilityState === 'visible' && (this.now = Date.now());

  /** The language in use: the element's, the nearest ancestor's, else the browser's. */
  get language(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Created now, while the feed request is under way, instead of on first render.
    warmFormatters(this.language);
    this.clock = setInterval(() => (this.now = Date.now()), 30_000);
    document.addEventListener('visibilitychange', this.wake);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    document.removeEventListener('visibilitychange', this.wake);
  }

  /** Checks for a new version now instead of at the next poll (shared with every element on the same feed). */
  refresh(): Promise<void> {
    return this.feed.source?.refresh() ?? Promise.resolve();
  }

  /** What the controller loads; elements with a trusted-data property add it here. */
  protected feedConfig(): FeedConfig {
    return { src: this.src, publicKey: this.publicKey, feedId: this.feedId, poll: this.poll, maxBytes: this.maxBytes };
  }

  /** Several elements updated by one feed render in consecutive tasks (render-turn.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return inTurn(this, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (FEED_PROPERTIES.some((p) => (changed as Map<PropertyKey, unknown>).has(p))) this.feed.configure(this.feedConfig());
  }
}
