/**
 * The feed request, started by the loader as soon as it sees an element with `src` and
 * `public-key`, before the element's code has arrived. Exactly the request the feed layer makes
 * (src/feed/fetch.ts): no credentials, revalidating. The response waits in a page-wide slot that
 * the feed layer takes once (takePrefetched); it is verified like any other response.
 */
export const PREFETCH_SLOT = Symbol.for('clearline.prefetch');
/** A prefetched response older than this is not used (the feed layer asks again). */
export const PREFETCH_MAX_AGE_MS = 15_000;
export const FEED_ATTRIBUTES = ['src', 'public-key'] as const;

export interface Prefetched {
  at: number;
  response: Promise<Response>;
}

export function prefetchSlot(): Map<string, Prefetched> {
  const g = globalThis as unknown as Record<symbol, Map<string, Prefetched> | undefined>;
  return (g[PREFETCH_SLOT] ??= new Map());
}

export function prefetchFeed(el: Element): void {
  const src = el.getAttribute('src');
  if (!src || !el.getAttribute('public-key')) return;
  let url: string;
  try {
    // As feed/identity.ts resolveUrl does (against the base URL, as fetch does), written out here so
    // the loader stays one file with no chunk to wait for.
    url = new URL(src, document.baseURI).href;
  } catch {
    return;
  }
  const slot = prefetchSlot();
  if (slot.has(url)) return;
  const response = fetch(url, { cache: 'no-cache', credentials: 'omit', redirect: 'follow' });
  response.catch(() => {}); // a failure is reported by the feed layer when it takes the response
  slot.set(url, { at: Date.now(), response });
}
