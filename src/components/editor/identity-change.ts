/**
 * A change to a new feed's identity (feed-identity.ts): publisher, feed id, zone, status page and
 * languages, applied to the open feed and its channels. Pure: no DOM, no Lit.
 */
import { suggestFeedId } from '../../feed/new-feed.js';
import type { Channel, TextValue } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import { fromLangText, toLangText } from './draft.js';

export interface IdentityChange {
  publisher?: string;
  publisherUrl?: string;
  feedId?: string;
  timeZone?: string;
  /** The status page (`status_url`); '' removes it. */
  statusUrl?: string;
  /** The languages the new feed is written in (LANGUAGE_CHOICES in setup-terms.ts). */
  languages?: readonly string[];
}

export interface IdentityState {
  base: FeedDraft;
  channels: Channel[];
  /** The feed id was typed by hand, so the publisher's name no longer suggests one. */
  idTyped: boolean;
}

/** The feed and channels after `c`; the publisher's name suggests the feed id until one is typed by hand. */
export function applyIdentity(s: IdentityState, c: IdentityChange): IdentityState {
  const b = { ...s.base, publisher: { ...s.base.publisher } };
  let { channels, idTyped } = s;
  if (c.publisher !== undefined) {
    b.publisher.name = c.publisher;
    if (!idTyped) b.feed_id = suggestFeedId(c.publisher);
  }
  if (c.publisherUrl !== undefined) b.publisher.url = c.publisherUrl;
  if (c.feedId !== undefined) {
    b.feed_id = c.feedId;
    idTyped = c.feedId !== '';
  }
  if (c.timeZone !== undefined) b.time_zone = c.timeZone;
  if (c.statusUrl !== undefined) {
    // Empty: no status page, so exports link to the publisher's website (the field is optional).
    if (c.statusUrl) b.status_url = c.statusUrl;
    else delete b.status_url;
  }
  if (c.languages) {
    // Channels and contact reasons already added keep a text in the chosen languages only.
    const langs = c.languages;
    const only = (t: TextValue) => fromLangText(toLangText(t, langs), langs);
    channels = channels.map((ch) => ({ ...ch, label: only(ch.label), ...(ch.purpose === undefined ? {} : { purpose: only(ch.purpose) }), ...(ch.reason === undefined ? {} : { reason: only(ch.reason) }) }));
    if (b.contact_reasons) b.contact_reasons = b.contact_reasons.map((r) => ({ ...r, label: only(r.label) }));
  }
  return { base: b, channels, idTyped };
}
