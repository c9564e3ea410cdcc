/**
 * The pure parts of FeedController (no Lit, no DOM; tested in Node): when a configuration change
 * means a new subscription, what a configuration asks for (trusted data, nothing, an error, or a
 * shared source with a byte cap and polling preference), and which events a new state deserves.
 */
import { FeedError } from '../../feed/errors.js';
import { withKnownKinds } from '../../feed/newer-kinds.js';
import { parsePollAttribute } from '../../feed/poll.js';
import { formatIssues, validatePayload, type DocumentKind } from '../../feed/schema.js';
import type { SourceOptions, SourceState } from '../../feed/source.js';
import type { PayloadOf } from '../../feed/verify.js';
import type { ClearlineErrorDetail, ClearlineLoadDetail } from './events.js';

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

/** Two configurations with the same key load the same thing (trusted `data` is compared by identity besides). */
export function configKey(config: FeedConfig): string {
  const { src, publicKey, feedId, poll, maxBytes, data } = config;
  return JSON.stringify([src ?? '', publicKey ?? '', feedId ?? '', String(poll ?? ''), String(maxBytes ?? '')]) + (data !== undefined ? '#data' : '');
}

/** What a configuration asks for: a fixed state (data, nothing, a configuration error) or a shared source. */
export type FeedPlan<K extends DocumentKind> =
  | { state: SourceState<K> }
  | { source: SourceOptions<K>; pollSeconds?: number };

export function planFeed<K extends DocumentKind>(kind: K, config: FeedConfig, now: number): FeedPlan<K> {
  const { src, publicKey, feedId, data, poll, maxBytes } = config;
  if (data !== undefined && data !== null) {
    const result = validatePayload(kind, withKnownKinds(data));
    return {
      state: result.ok
        ? { document: { payload: result.value } as never, confirmedAt: now, loading: false }
        : { loading: false, error: new FeedError('invalid', `the data property is not valid: ${formatIssues(result.issues, 1)}`) },
    };
  }
  if (!src) return { state: { loading: false } };
  if (!publicKey) return { state: { loading: false, error: new FeedError('config', 'no public-key is set, so nothing is fetched') } };
  const cap = parsePollAttribute(maxBytes);
  return {
    source: { kind, url: src, keys: publicKey, feedId: feedId || undefined, maxBytes: cap && Math.floor(cap) },
    pollSeconds: parsePollAttribute(poll),
  };
}

/** The element's view of a source state. */
export function viewOf<K extends DocumentKind>(state: SourceState<K>): FeedView<K> {
  return { payload: state.document?.payload, confirmedAt: state.confirmedAt, error: state.error, loading: state.loading };
}

/** Decides the `clearline-load` / `clearline-error` events: each once per new document (`seq`) or new failure. */
export class FeedEvents {
  private lastSeq?: number;
  private lastError?: FeedError;

  next<K extends DocumentKind>(state: SourceState<K>): { load?: ClearlineLoadDetail; error?: ClearlineErrorDetail } {
    const out: { load?: ClearlineLoadDetail; error?: ClearlineErrorDetail } = {};
    const payload = state.document?.payload;
    if (payload && payload.seq !== this.lastSeq) {
      this.lastSeq = payload.seq;
      out.load = { feedId: payload.feed_id, seq: payload.seq, issuedAt: payload.issued_at };
    }
    const e = state.error;
    if (e && e !== this.lastError) out.error = { code: e.code, message: e.message, ...(e.clock && { clock: e.clock }) };
    this.lastError = state.error;
    return out;
  }
}
