import { property } from 'lit/decorators.js';
import type { StatusPayload } from '../../feed/schema.js';
import { FeedController, type FeedConfig } from './feed-controller.js';
import { FeedElement } from './feed-element.js';

/** What the status, banner and badge elements share: the status feed, or a trusted `data` payload in its place. */
export abstract class StatusFeedElement extends FeedElement<'status'> {
  /** An already-trusted status payload (apps with their own channel, stories); no fetch, no signature. Takes precedence over `src`. */
  @property({ attribute: false }) data?: StatusPayload;

  protected readonly feed = new FeedController(this, 'status');

  protected override feedConfig(): FeedConfig {
    return { ...super.feedConfig(), data: this.data };
  }
}
