import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CACHE_PREFIX } from '../../feed/cache.js';
import type { DocumentKind } from '../../feed/schema.js';
import { sharedSource } from '../../feed/registry.js';
import type { FeedSource, SourceState } from '../../feed/source.js';
import { configFix, warnOnce } from './config-warning.js';
import { emit, type ClearlineErrorDetail, type ClearlineLoadDetail } from './events.js';
import { configKey, FeedEvents, planFeed, viewOf, type FeedConfig, type FeedView } from './feed-plan.js';

export type { FeedConfig } from './feed-plan.js';

/**
 * Connects an element to the shared source for its `src`, and turns source states into a view
 * and into `clearline-load` / `clearline-error` events (each once per new document or failure).
 */
export class FeedController<K extends DocumentKind> implements ReactiveController {
  view: FeedView<K> = { loading: false };
  private unsubscribe?: () => void;
  private configKey = '';
  private config: FeedConfig = {};
  private readonly events = new FeedEvents();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly kind: K,
    /** Whether the host fires `clearline-load` / `clearline-error` for this feed (not for a feed it only consults). */
    private readonly emits = true,
  ) {
    host.addController(this);
  }

  /** Called by the host whenever its attributes may have changed; re-subscribes only on a real change. */
  configure(config: FeedConfig): void {
    const key = configKey(config);
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
    const plan = planFeed(this.kind, this.config, Date.now());
    if ('state' in plan) {
      this.apply(plan.state);
      return;
    }
    const source = sharedSource(plan.source);
    this.source = source;
    const off = source.subscribe((state) => this.apply(state), { pollSeconds: plan.pollSeconds });
    const untrack = pageSignals.track(source);
    this.unsubscribe = () => {
      off();
      untrack();
    };
  }

  private apply(state: SourceState<K>): void {
    this.view = viewOf(state);
    const { load, error } = this.events.next(state);
    if (this.emits && load) {
      emit<ClearlineLoadDetail>(this.host, 'clearline-load', load);
      // Without feed-id any feed signed with the same key would be shown here: say how to pin it.
      // (The FAQ inside <clearline-help> is pinned by the help element's faq-feed-id: name that.)
      const outer = (this.host.getRootNode() as Partial<ShadowRoot>).host;
      const [at, attr] = outer?.localName === 'clearline-help' ? [outer, 'faq-feed-id'] : [this.host, 'feed-id'];
      if (this.config.src && !this.config.feedId) warnOnce(at, `no ${attr} is set; add ${attr}="${load.feedId}" so that only this feed is accepted here.`);
    }
    if (this.emits && error) {
      emit<ClearlineErrorDetail>(this.host, 'clearline-error', error);
      if (error.code === 'config') warnOnce(this.host, `${error.message}. Fix: ${configFix(error.message)}`);
    }
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
