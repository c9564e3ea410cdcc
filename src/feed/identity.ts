/**
 * Who a feed is, in one place: its resolved URL, the key its last verified copy is cached under,
 * the name its rollback record is kept under, and when two elements may share one request.
 * Pure: no DOM (the page's address, when there is one, resolves relative URLs).
 */
import type { DocumentKind } from './schema.js';

/** What names one shared feed on a page: elements asking for the same identity share one request. */
export interface FeedIdentity {
  kind: DocumentKind;
  /** The URL as given (relative URLs resolve against the page). */
  url: string;
  /** The pinned keys as given (the `public-key` attribute text, or parsed keys). */
  keys: unknown;
  feedId?: string;
  maxBytes?: number;
}

/** The absolute URL of a feed, resolved as `fetch` resolves it: against the page's base URL. */
export function resolveUrl(url: string): string {
  return new URL(url, (globalThis as { document?: { baseURI?: string } }).document?.baseURI ?? globalThis.location?.href).href;
}

/** The key of the last verified copy of a feed in the kept-copy cache. */
export function cacheKey(kind: DocumentKind, url: string): string {
  return `${kind}:${resolveUrl(url)}`;
}

/**
 * The name a feed's highest `seq` is remembered under, per document kind: the given rollback key,
 * else the pinned feed id, else the resolved URL (when known), else the payload's own `feed_id`.
 */
export function rollbackKey(kind: DocumentKind, o: { rollbackKey?: string; feedId?: string; url?: string }, payloadFeedId: string): string {
  return `${kind}:${o.rollbackKey || o.feedId || (o.url ? resolveUrl(o.url) : '') || payloadFeedId}`;
}

/** The id under which elements share one source: same kind, URL, keys, feed id and byte cap. */
export function sharingId(f: FeedIdentity): string {
  return JSON.stringify([f.kind, f.url, f.keys, f.feedId ?? '', f.maxBytes ?? 0]);
}

/**
 * A feed already in use that an element may join instead of opening its own: same kind and keys
 * (and URL, when one is asked for). One that pins a feed id is preferred, since an element that
 * knows the feed's id checks it; without a URL, any match will do, else none.
 */
export function findFeed(inUse: Iterable<FeedIdentity>, want: { kind: DocumentKind; keys: unknown; url?: string }): FeedIdentity | undefined {
  const matches = [...inUse].filter((f) => f.kind === want.kind && f.keys === want.keys && (!want.url || f.url === want.url));
  return matches.find((f) => f.feedId) ?? (want.url ? undefined : matches[0]);
}
