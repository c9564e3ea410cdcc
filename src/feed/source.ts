import { FeedError } from './errors.js';
import { loadDocument, type LoadedDocument, type LoadOptions } from './load.js';
import type { DocumentKind } from './schema.js';

export interface SourceState<K extends DocumentKind = DocumentKind> {
  /** The last verified document; kept when a later load fails. */
  document?: LoadedDocument<K>;
  /** When `document` was last confirmed by a successful load (ms since epoch). */
  confirmedAt?: number;
  /** The latest failure, cleared by the next success. With `document` set, the data is stale. */
  error?: FeedError;
  loading: boolean;
}

type Listener<K extends DocumentKind> = (state: SourceState<K>) => void;

/**
 * One signed document at one URL, shared by every element on the page that shows it: one
 * request, one verification, one result. Pure: no DOM, injectable `fetch`, clock and storage.
 */
export class FeedSource<K extends DocumentKind = DocumentKind> {
  state: SourceState<K> = { loading: false };
  private listeners = new Set<Listener<K>>();
  private controller?: AbortController;
  private generation = 0;

  constructor(
    readonly options: LoadOptions<K>,
    private readonly onIdle?: () => void,
  ) {}

  subscribe(listener: Listener<K>): () => void {
    this.listeners.add(listener);
    if (!this.state.document && !this.state.error && !this.state.loading) void this.refresh();
    else listener(this.state);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.dispose();
    };
  }

  /** Loads the document again; a result that arrives after a newer request started is ignored. */
  async refresh(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const generation = ++this.generation;
    this.set({ loading: true });
    const now = this.options.now ?? Date.now;
    try {
      const document = await loadDocument({ ...this.options, signal: controller.signal });
      if (generation !== this.generation) return;
      this.set({ document, confirmedAt: now(), error: undefined, loading: false });
    } catch (e) {
      if (generation !== this.generation || controller.signal.aborted) return;
      const error = e instanceof FeedError ? e : new FeedError('invalid', `unexpected failure: ${(e as Error)?.message ?? e}`, { cause: e });
      this.set({ error, loading: false });
    }
  }

  dispose(): void {
    this.generation++;
    this.controller?.abort();
    this.listeners.clear();
    this.onIdle?.();
  }

  private set(patch: Partial<SourceState<K>>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}

const sources = new Map<string, FeedSource<DocumentKind>>();

/**
 * The page-wide source for a document: elements with the same kind, URL, keys and feed id share
 * one. It is forgotten when its last subscriber leaves.
 */
export function sharedSource<K extends DocumentKind>(options: LoadOptions<K>): FeedSource<K> {
  const id = JSON.stringify([options.kind, options.url, options.keys, options.feedId ?? '', options.maxBytes ?? 0]);
  let source = sources.get(id) as FeedSource<K> | undefined;
  if (!source) {
    source = new FeedSource(options, () => sources.delete(id));
    sources.set(id, source as FeedSource<DocumentKind>);
  }
  return source;
}
