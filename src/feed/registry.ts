/**
 * The page's shared sources: one FeedSource per feed identity (identity.ts), so every element
 * showing the same feed shares one request, one verification and one poller.
 */
import { sharingId } from './identity.js';
import type { DocumentKind } from './schema.js';
import { FeedSource, type SourceOptions } from './source.js';

const sources = new Map<string, FeedSource<DocumentKind>>();
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
 * cap share one (and so one poller). It is forgotten when its last subscriber leaves.
 */
export function sharedSource<K extends DocumentKind>(options: SourceOptions<K>): FeedSource<K> {
  const id = sharingId(options);
  let source = sources.get(id) as FeedSource<K> | undefined;
  if (!source) {
    source = new FeedSource(options, () => {
      sources.delete(id);
      sourcesChanged();
    });
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
  return sources.values();
}

/** Calls `fn` (batched, after the current task) whenever a shared source starts or ends; returns a stop function. */
export function watchSources(fn: () => void): () => void {
  watchers.add(fn);
  return () => void watchers.delete(fn);
}
