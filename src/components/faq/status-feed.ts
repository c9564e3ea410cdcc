import type { ReactiveController } from 'lit';
import { isAnnounced } from '../../feed/announced.js';
import { contactStatus } from '../../feed/channels.js';
import { findFeed } from '../../feed/identity.js';
import { isExpired, openIncidents } from '../../feed/incidents.js';
import type { Channel, Incident, StatusPayload } from '../../feed/schema.js';
import { activeSources, watchSources } from '../../feed/registry.js';
import { FeedController, type FeedConfig } from '../shared/feed-controller.js';
import type { FeedElement } from '../shared/feed-element.js';

/** What the FAQ tells its status feed: where it is, the pinned key, and the element's limits. */
type StatusFeedHost = FeedElement<'faq'> & { statusSrc: string; statusData?: StatusPayload };

/**
 * The status feed the FAQ consults (incident awareness, contact channels), through a second
 * FeedController: the same page signals (hidden tab, offline, other tabs), byte cap, polling
 * preference and shared request as every element showing a feed. No element looks at another:
 * the feed is `statusData` (trusted, given directly), else `status-src`, else the status feed
 * already in use on the page with the same `public-key` (found in the feed layer's shared
 * sources, and followed as sources come and go).
 * When another element shows the same feed, the FAQ joins its request (and so its feed id and cap).
 */
export class FaqStatusFeed implements ReactiveController {
  private readonly feed: FeedController<'status'>;
  private unwatch?: () => void;

  constructor(
    private readonly host: StatusFeedHost,
    /** The element clock (ms), so expiry is judged by the time the element shows. */
    private readonly now: () => number,
  ) {
    // The FAQ's own clearline-load / clearline-error events are about its FAQ document only.
    this.feed = new FeedController(host, 'status', false);
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchSources(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Before each render: point the controller at the right feed (a no-op when nothing changed). */
  hostUpdate(): void {
    this.feed.configure(this.config());
  }

  /** The verified status payload, also when expired (report lines judge expiry themselves). */
  get payload(): StatusPayload | undefined {
    return this.feed.view.payload;
  }

  /** Open incidents of the current (not expired) verified status feed. */
  get incidents(): Incident[] {
    const p = this.current();
    return p ? openIncidents(p, this.now()) : []; // one going on before one announced ahead, as the status element
  }

  /**
   * The open incidents going on now: not announced ahead, not a standing notice (going-on.ts's test, spelled out: see
   * faq-outdated.ts). What the no-answer box points to and what answers "when will it be fixed?" (trials Q, S): a notice
   * has nothing to fix, an announced strike has not begun.
   */
  get goingOn(): Incident[] {
    return this.incidents.filter((i) => i.severity != 'info' && !isAnnounced(i, this.now()));
  }

  /**
   * Contact channels of the last verified status feed, also once it has expired: a reader without
   * an answer still needs a way to reach a person (and the emergency line), and this list shows no
   * waits that could be out of date. Lines closed now (opening_hours) come after the open ones (feed/channels.ts).
   */
  get channels(): readonly Channel[] {
    return this.forContact()?.channels ?? [];
  }

  /** The status the contact reasons and channels come from: the last verified one, without waits once expired (feed/channels.ts). */
  forContact(): StatusPayload | undefined {
    return contactStatus(this.feed.view.payload, this.now());
  }

  /** The verified status payload while not expired. */
  current(): StatusPayload | undefined {
    const p = this.feed.view.payload;
    return p && !isExpired(p, this.now()) ? p : undefined;
  }

  private config(): FeedConfig {
    const { statusSrc, statusData, publicKey, poll, maxBytes } = this.host;
    if (statusData) return { data: statusData };
    if (!publicKey) return {};
    const inUse = findFeed(
      [...activeSources()].map((s) => s.options),
      { kind: 'status', keys: publicKey, url: statusSrc || undefined },
    );
    if (inUse) return { src: inUse.url, publicKey, feedId: inUse.feedId, maxBytes: inUse.maxBytes, poll };
    return statusSrc ? { src: statusSrc, publicKey, poll, maxBytes } : {};
  }
}
