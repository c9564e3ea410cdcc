/** What a FeedSource (source.ts) is given: the load options, polling, injectable timers and randomness, the kept-copy store. */
import type { KeyValueStore } from './kv-store.js';
import type { LoadOptions } from './load.js';
import type { Random } from './poll.js';
import type { DocumentKind } from './schema.js';

/** The timer functions a source uses; injectable so tests can run thousands of cycles instantly. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface SourceOptions<K extends DocumentKind> extends LoadOptions<K> {
  /** Poll for newer documents (default true). */
  poll?: boolean;
  timers?: Timers;
  random?: Random;
  /**
   * Where the last accepted envelope is kept across reloads and tabs; defaults to the rollback
   * `store` (localStorage when available). `null` keeps nothing.
   */
  cache?: KeyValueStore | null;
  /**
   * How long the source keeps its document and schedule after its last subscriber left, without polling, for one that
   * comes back: a single-page app removes every element on a route change and adds them again. Default 0: it ends at once.
   */
  lingerMs?: number;
}

/** What one subscriber asks of the shared poller. */
export interface SubscriberPrefs {
  /** The element's `poll` attribute in seconds: it can only make polling rarer. */
  pollSeconds?: number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as number),
};
