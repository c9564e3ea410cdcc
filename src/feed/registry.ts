/**
 * The page's shared sources: one FeedSource per feed identity (identity.ts), so every element
 * showing the same feed shares one request, one verification and one poller.
 */
import { sharingId } from './identity.js';
import type { DocumentKind } from './schema.js';
import { FeedSource, type SourceOptions } from './source.js';

const sources = new Map<string, FeedSource<DocumentKind>>();
/**
 * A source outlives its last element by this long (without polling): a single-page app removes every element on a route
 * change and adds them again. Each return fetched the feed again (30 requests in 14 s of clicking, trial J) and drew an
 * empty first frame while the kept copy was verified again; now the document is there at once.
 */
export const LINGER_MS = 60_000;
const watchers = new Set<() => void>();
let notifying = false;

/** Tells watchers, once per task, that a source started or ended. */
function sourcesChanged(): void {
  if (notifying || !watchers.size) return;
  notifying = true;
  queueMicrotask(() => {
    notifying = false;
    for (const w of [...watchers]) w();
  });
}

/**
 * The page-wide source for a document: elements with the same kind, URL, keys, feed id and byte
 * cap share one (and so one poller). It is forgotten a minute after its last subscriber left (LINGER_MS).
 */
export function sharedSource<K extends DocumentKind>(options: SourceOptions<K>): FeedSource<K> {
  const id = sharingId(options);
  let source = sources.get(id) as FeedSource<K> | undefined;
  if (!source) {
    source = new FeedSource(
      { lingerMs: LINGER_MS, ...options },
      () => {
        sources.delete(id);
        sourcesChanged();
      },
      sourcesChanged,
    );
    sources.set(id, source as FeedSource<DocumentKind>);
    sourcesChanged();
  }
  return source;
}

/**
 * Every shared source in use on this page. An element that needs a feed another element already
 * shows (the FAQ's status feed) looks here, not in the DOM, and so joins that element's request.
 */
export function activeSources(): Iterable<FeedSource<DocumentKind>> {
  // Not one that lingers: an FAQ on the next route would take the status of the page left, then lose it a minute later.
  return [...sources.values()].filter((s) => !s.isLingering);
}

/** Every shared source, lingering ones too (for tests that act out a reload). */
export function sharedSources(): Iterable<FeedSource<DocumentKind>> {
  return sources.values();
}

/** Calls `fn` (batched, after the current task) whenever a shared source starts or ends; returns a stop function. */
export function watchSources(fn: () => void): () => void {
  watchers.add(fn);
  return () => void watchers.delete(fn);
}
