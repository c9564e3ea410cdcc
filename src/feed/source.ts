import { expiredToShow, readCached, removeCached, writeCached } from './cache.js';
import { ExpiredError, FeedError } from './errors.js';
import { httpFailure } from './fetch.js';
import { cacheKey, resolveUrl } from './identity.js';
import { importKeys, type PinnedKey } from './keys.js';
import { loadDocument, type LoadedDocument } from './load.js';
import { nextDelayMs, parseRetryAfter, RESUME_SPREAD_MS, type Random } from './poll.js';
import { defaultStore, type KeyValueStore } from './kv-store.js';
import type { DocumentKind } from './schema.js';
import { realTimers, type SourceOptions, type SubscriberPrefs, type Timers } from './source-options.js';
import { isPinned, verifyDocument } from './verify.js';

export interface SourceState<K extends DocumentKind = DocumentKind> {
  /** The last verified document; kept when a later load fails. */
  document?: LoadedDocument<K>;
  /** When `document` was last confirmed by a successful load (ms since epoch). */
  confirmedAt?: number;
  /** The latest failure, cleared by the next success. With `document` set, the data is stale. */
  error?: FeedError;
  loading: boolean;
}

export type { SourceOptions, SubscriberPrefs, Timers };

type Listener<K extends DocumentKind> = (state: SourceState<K>) => void;

/**
 * One signed document at one URL, shared by every element on the page that shows it: one
 * request, one verification, one result, one poller. Starts from the last verified copy kept in
 * storage (verified again), then fetches. Pure: no DOM; `fetch`, timers, clock, randomness and
 * storage are injectable; visibility and connectivity are told to it by `setPaused`.
 */
export class FeedSource<K extends DocumentKind = DocumentKind> {
  state: SourceState<K> = { loading: false };
  private listeners = new Map<Listener<K>, SubscriberPrefs>();
  private controller?: AbortController;
  private generation = 0;
  private started = false;
  private disposed = false;
  private timer?: unknown;
  private lingering?: unknown;
  private due?: number;
  private failures = 0;
  private retryAfterMs: number | null = null;
  private paused = new Set<string>();
  private keys?: Promise<PinnedKey[]>;
  private inflight?: Promise<void>;
  private readonly timers: Timers;
  private readonly random: Random;
  private readonly now: () => number;
  /** This reader's place within each poll interval, so a crowd that arrives at once spreads out. */
  private readonly phase: number;

  constructor(
    readonly options: SourceOptions<K>,
    private readonly onIdle?: () => void,
    /** Told when the source starts or stops lingering (lingerMs): it has no subscriber then. */
    private readonly onLinger?: (lingering: boolean) => void,
  ) {
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.phase = this.random();
  }

  subscribe(listener: Listener<K>, prefs: SubscriberPrefs = {}): () => void {
    this.listeners.set(listener, prefs);
    if (this.lingering !== undefined) {
      // Back within the grace time: the document in hand at once, polling where its schedule was (arm: overdue runs soon).
      this.timers.clearTimeout(this.lingering);
      this.lingering = undefined;
      this.arm();
      this.onLinger?.(false);
    }
    if (!this.started) {
      this.started = true;
      this.inflight = this.start();
    } else listener(this.state);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.leave();
    };
  }

  /** The last subscriber left: end now, or after `lingerMs` without polling (a load in flight may finish). */
  private leave(): void {
    const ms = this.options.lingerMs ?? 0;
    if (!ms || this.disposed) return this.dispose();
    this.clearTimer();
    this.lingering = this.timers.setTimeout(() => this.dispose(), ms);
    this.onLinger?.(true);
  }

  /** Whether it waits, with no subscriber, for one to come back (lingerMs). */
  get isLingering(): boolean { return this.lingering !== undefined; }

  /** When the next poll is due (ms since epoch), or undefined when none is planned. */
  get nextRefreshAt(): number | undefined { return this.due; }

  /** Whether a poll timer is pending (for tests and diagnostics). */
  get timerPending(): boolean { return this.timer !== undefined; }

  /** Resolves when the current load, if any, has finished. */
  whenIdle(): Promise<void> {
    return this.inflight ?? Promise.resolve();
  }

  /** Loads the document again now; a result that arrives after a newer request started is ignored. */
  refresh(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.inflight = this.load();
    return this.inflight;
  }

  /**
   * Pauses polling for a reason (`hidden`, `offline`) or lifts that reason. When the last reason
   * is lifted, an overdue refresh runs soon; otherwise the schedule continues where it was.
   */
  setPaused(reason: string, paused: boolean): void {
    if (paused === this.paused.has(reason)) return;
    if (paused) {
      this.paused.add(reason);
      this.arm(); // no poll now; offline, only the note that a check could not be made
      return;
    }
    this.paused.delete(reason);
    // Back online after a failure: try again soon rather than waiting out the backoff.
    if (reason === 'offline' && this.state.error) this.due = this.now();
    this.arm();
  }

  /**
   * Another tab may have accepted a newer document: adopt the kept copy when it verifies and is
   * newer than the one in hand. Spares the host a request and keeps tabs in step.
   */
  async adoptCached(): Promise<void> {
    const cache = this.cacheStore();
    if (!cache || this.disposed) return;
    const entry = readCached(cache, this.cacheKey());
    if (!entry || entry.envelope === this.state.document?.envelope) return;
    try {
      const doc = await this.verifyKept(entry.envelope);
      const current = this.state.document?.payload.seq;
      if (this.disposed || (current !== undefined && doc.payload.seq <= current)) return;
      this.set({ document: doc, confirmedAt: entry.confirmedAt, error: undefined });
    } catch {
      // Not verifiable here (or older): ignore it and keep what we have.
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.controller?.abort();
    this.clearTimer();
    if (this.lingering !== undefined) this.timers.clearTimeout(this.lingering);
    this.listeners.clear();
    this.onIdle?.();
  }

  private async start(): Promise<void> {
    this.set({ loading: true });
    await this.restore();
    if (!this.disposed) await this.load();
  }

  /** Shows the kept copy, verified again; expired copies are allowed here, marked outdated by the element. */
  private async restore(): Promise<void> {
    const cache = this.cacheStore();
    if (!cache) return;
    const key = this.cacheKey();
    const entry = readCached(cache, key);
    if (!entry) return;
    try {
      const document = await this.verifyKept(entry.envelope);
      if (!this.disposed && !this.state.document) this.set({ document, confirmedAt: entry.confirmedAt });
    } catch {
      removeCached(cache, key);
    }
  }

  private async verifyKept(envelope: string): Promise<LoadedDocument<K>> {
    const doc = await verifyDocument(envelope, { ...this.options, keys: await this.pinnedKeys(), allowExpired: true });
    return { ...doc, url: resolveUrl(this.options.url), etag: null };
  }

  private async load(): Promise<void> {
    this.clearTimer();
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const generation = ++this.generation;
    this.set({ loading: true });
    try {
      const keys = await this.pinnedKeys();
      const document = await loadDocument({ ...this.options, keys, signal: controller.signal });
      if (generation !== this.generation) return;
      const confirmedAt = this.now();
      this.failures = 0;
      this.retryAfterMs = null;
      const cache = this.cacheStore();
      if (cache) writeCached(cache, this.cacheKey(), { envelope: document.envelope, confirmedAt });
      this.set({ document, confirmedAt, error: undefined, loading: false });
    } catch (e) {
      if (generation !== this.generation || controller.signal.aborted) return;
      // Genuine but expired: never current; maybe shown, marked outdated (cache.ts expiredToShow).
      const served = e instanceof ExpiredError ? await this.verifyKept(e.envelope).catch(() => undefined) : undefined;
      if (generation !== this.generation) return;
      const shown = served && expiredToShow(this.state.document, served, this.now());
      this.failed(e instanceof FeedError ? e : new FeedError('invalid', `unexpected failure: ${(e as Error)?.message ?? e}`, { cause: e }), shown !== this.state.document ? shown : undefined);
    }
    if (generation === this.generation) this.schedule();
  }

  /** A failed load: the data in hand stays (or `document` takes its place), the error says why. */
  private failed(error: FeedError, document?: LoadedDocument<K>): void {
    this.failures++;
    this.retryAfterMs = parseRetryAfter((httpFailure(error) ?? httpFailure(error.cause))?.retryAfter, this.now());
    this.set({ error, loading: false, ...(document ? { document, confirmedAt: undefined } : {}) });
  }

  private schedule(): void {
    if (this.options.poll === false || this.disposed) return;
    // A configuration error cannot heal by itself; the element re-subscribes when attributes change.
    if (this.state.error?.code === 'config') return;
    const delay = nextDelayMs(
      {
        failures: this.failures,
        pollSeconds: (this.state.document?.payload as { poll_seconds?: number } | undefined)?.poll_seconds,
        attributeSeconds: this.pollPreference(),
        retryAfterMs: this.retryAfterMs,
        hasDocument: this.state.document !== undefined,
        now: this.now(),
        phase: this.phase,
      },
      this.random,
    );
    this.due = this.now() + delay;
    this.arm();
  }

  /** Sets the timer for `due`, unless paused, a load is running or nobody is subscribed (lingering). */
  private arm(): void {
    this.clearTimer();
    if (this.disposed || this.due === undefined || this.state.loading || !this.listeners.size) return;
    const wait = this.due - this.now();
    // Offline in view: once a check would have been due, say that it could not be made; the data stays, marked (trial K:
    // 170 s offline showed the incident as if current). Back online, a check runs soon and clears it.
    const offline = [...this.paused].join() === 'offline';
    if (this.paused.size && !(offline && !this.state.error)) return;
    const delay = wait > 0 ? wait : offline ? 0 : Math.round(this.random() * RESUME_SPREAD_MS);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (offline) this.failed(new FeedError('network', 'this device is offline'));
      else void this.refresh();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The rarest polling any subscriber asked for. */
  private pollPreference(): number | undefined {
    let max: number | undefined;
    for (const p of this.listeners.values()) if (p.pollSeconds !== undefined && (max === undefined || p.pollSeconds > max)) max = p.pollSeconds;
    return max;
  }

  private pinnedKeys(): Promise<PinnedKey[]> {
    this.keys ??= isPinned(this.options.keys) ? Promise.resolve(this.options.keys) : importKeys(this.options.keys);
    return this.keys;
  }

  private cacheStore(): KeyValueStore | null {
    if (this.options.cache !== undefined) return this.options.cache;
    return this.options.store === undefined ? defaultStore() : this.options.store;
  }

  private cacheKey(): string {
    return cacheKey(this.options.kind, this.options.url);
  }

  private set(patch: Partial<SourceState<K>>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners.keys()]) l(this.state);
  }
}
