import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CACHE_PREFIX } from '../../feed/cache.js';
import { FeedError } from '../../feed/errors.js';
import { formatIssues, validatePayload, type DocumentKind } from '../../feed/schema.js';
import { parsePollAttribute } from '../../feed/poll.js';
import { sharedSource, type FeedSource, type SourceState } from '../../feed/source.js';
import type { PayloadOf } from '../../feed/verify.js';
import { configFix, warnOnce } from './config-warning.js';
import { emit, type ClearlineErrorDetail, type ClearlineLoadDetail } from './events.js';

export interface FeedConfig {
  src?: string;
  publicKey?: string;
  feedId?: string;
  /** The `poll` attribute: seconds between polls; it can only make polling rarer than the feed asks. */
  poll?: number | string | null;
  /** The `max-bytes` attribute: the largest feed accepted (default 1 MB). */
  maxBytes?: number | string | null;
  /** A trusted payload given directly; no fetch, no signature. */
  data?: unknown;
}

export interface FeedView<K extends DocumentKind> {
  payload?: PayloadOf<K>;
  confirmedAt?: number;
  error?: FeedError;
  loading: boolean;
}

/**
 * Connects an element to the shared source for its `src`, and turns source states into a view
 * and into `clearline-load` / `clearline-error` events (each once per new document or failure).
 */
export class FeedController<K extends DocumentKind> implements ReactiveController {
  view: FeedView<K> = { loading: false };
  private unsubscribe?: () => void;
  private configKey = '';
  private config: FeedConfig = {};
  private lastSeq?: number;
  private lastError?: FeedError;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly kind: K,
    /** Whether the host fires `clearline-load` / `clearline-error` for this feed (not for a feed it only consults). */
    private readonly events = true,
  ) {
    host.addController(this);
  }

  /** Called by the host whenever its attributes may have changed; re-subscribes only on a real change. */
  configure(config: FeedConfig): void {
    const key =
      JSON.stringify([config.src ?? '', config.publicKey ?? '', config.feedId ?? '', String(config.poll ?? ''), String(config.maxBytes ?? '')]) +
      (config.data !== undefined ? '#data' : '');
    const dataChanged = config.data !== this.config.data;
    this.config = config;
    if (key === this.configKey && !dataChanged) return;
    this.configKey = key;
    if (this.host.isConnected) this.connect();
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
  }

  /** The source in use, for elements that offer a refresh. */
  source?: FeedSource<K>;

  private connect(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
    const { src, publicKey, feedId, data, poll, maxBytes } = this.config;
    if (data !== undefined && data !== null) {
      const result = validatePayload(this.kind, data);
      this.apply(
        result.ok
          ? { document: { payload: result.value } as never, confirmedAt: Date.now(), loading: false }
          : { loading: false, error: new FeedError('invalid', `the data property is not valid: ${formatIssues(result.issues, 1)}`) },
      );
      return;
    }
    if (!src) {
      this.apply({ loading: false });
      return;
    }
    if (!publicKey) {
      this.apply({ loading: false, error: new FeedError('config', 'no public-key is set, so nothing is fetched') });
      return;
    }
    const cap = parsePollAttribute(maxBytes);
    const source = sharedSource({ kind: this.kind, url: src, keys: publicKey, feedId: feedId || undefined, maxBytes: cap && Math.floor(cap) });
    this.source = source;
    const off = source.subscribe((state) => this.apply(state), { pollSeconds: parsePollAttribute(poll) });
    const untrack = pageSignals.track(source);
    this.unsubscribe = () => {
      off();
      untrack();
    };
  }

  private apply(state: SourceState<K>): void {
    this.view = { payload: state.document?.payload, confirmedAt: state.confirmedAt, error: state.error, loading: state.loading };
    const payload = state.document?.payload;
    if (payload && payload.seq !== this.lastSeq) {
      this.lastSeq = payload.seq;
      if (this.events) {
        emit<ClearlineLoadDetail>(this.host, 'clearline-load', { feedId: payload.feed_id, seq: payload.seq, issuedAt: payload.issued_at });
        // Without feed-id any feed signed with the same key would be shown here: say how to pin it.
        if (this.config.src && !this.config.feedId) warnOnce(this.host, `no feed-id is set; add feed-id="${payload.feed_id}" so that only this feed is accepted here.`);
      }
    }
    if (this.events && state.error && state.error !== this.lastError) {
      emit<ClearlineErrorDetail>(this.host, 'clearline-error', { code: state.error.code, message: state.error.message });
      if (state.error.code === 'config') warnOnce(this.host, `${state.error.message}. Fix: ${configFix(state.error.message)}`);
    }
    this.lastError = state.error;
    this.host.requestUpdate();
  }
}

/**
 * The page-wide signals every source needs: tab visibility, connectivity and other tabs writing
 * the kept copy. One set of listeners for the whole page, attached while any source is in use.
 */
class PageSignals {
  private readonly counts = new Map<FeedSource<DocumentKind>, number>();

  track(source: FeedSource<DocumentKind>): () => void {
    const n = this.counts.get(source) ?? 0;
    if (this.counts.size === 0 && n === 0) this.attach();
    this.counts.set(source, n + 1);
    if (n === 0) {
      source.setPaused('hidden', document.hidden);
      source.setPaused('offline', navigator.onLine === false);
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.counts.get(source) ?? 1) - 1;
      if (left > 0) this.counts.set(source, left);
      else this.counts.delete(source);
      if (this.counts.size === 0) this.detach();
    };
  }

  private readonly onVisibility = () => {
    for (const s of this.counts.keys()) s.setPaused('hidden', document.hidden);
  };

  private readonly onOnline = () => {
    for (const s of this.counts.keys()) s.setPaused('offline', false);
  };

  private readonly onOffline = () => {
    for (const s of this.counts.keys()) s.setPaused('offline', true);
  };

  private readonly onStorage = (e: StorageEvent) => {
    if (e.key !== null && !e.key.startsWith(CACHE_PREFIX)) return;
    for (const s of this.counts.keys()) void s.adoptCached();
  };

  private attach(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('storage', this.onStorage);
  }

  private detach(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('storage', this.onStorage);
  }
}

const pageSignals = new PageSignals();
