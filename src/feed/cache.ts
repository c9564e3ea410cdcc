import type { KeyValueStore } from './kv-store.js';

/**
 * The last accepted envelope per feed, kept so that a reload while the feed host is down still
 * shows the last verified content. Only the envelope text is kept: it is verified again before
 * use, so a tampered or stale entry can never show anything the pinned keys did not sign.
 */
export interface CachedDocument {
  /** The envelope text exactly as it was accepted. */
  envelope: string;
  /** When it was last confirmed by a successful load (ms since epoch). */
  confirmedAt: number;
}

export const CACHE_PREFIX = 'clearline:doc:';
/** The largest envelope kept, in characters; larger ones are simply not cached. */
export const CACHE_MAX_ENTRY_CHARS = 1_000_000;
/** All cached envelopes together stay under this many characters; the least recently confirmed go first. */
export const CACHE_MAX_TOTAL_CHARS = 2_000_000;

interface Stored extends CachedDocument {
  v: 1;
}

/** Storage that can also list its keys, as localStorage can. */
interface Enumerable {
  readonly length: number;
  key(index: number): string | null;
}

function isEnumerable(store: unknown): store is Enumerable {
  return !!store && typeof (store as Enumerable).key === 'function' && typeof (store as Enumerable).length === 'number';
}

function parse(raw: string | null): Stored | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<Stored>;
    return v && v.v === 1 && typeof v.envelope === 'string' && typeof v.confirmedAt === 'number' && Number.isFinite(v.confirmedAt)
      ? (v as Stored)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The cached copy for a feed, or undefined when there is none or it is unreadable. */
export function readCached(store: KeyValueStore, key: string): CachedDocument | undefined {
  try {
    const s = parse(store.getItem(CACHE_PREFIX + key));
    return s && { envelope: s.envelope, confirmedAt: s.confirmedAt };
  } catch {
    return undefined;
  }
}

export function removeCached(store: KeyValueStore, key: string): void {
  try {
    store.removeItem?.(CACHE_PREFIX + key);
  } catch {
    // Nothing to do: a blocked store just means no cache.
  }
}

/**
 * Keeps an accepted envelope. Oversized envelopes are not kept; other cached feeds are evicted,
 * least recently confirmed first, to stay within the total budget. Never throws.
 */
export function writeCached(store: KeyValueStore, key: string, doc: CachedDocument): void {
  const value = JSON.stringify({ v: 1, envelope: doc.envelope, confirmedAt: doc.confirmedAt } satisfies Stored);
  if (doc.envelope.length > CACHE_MAX_ENTRY_CHARS) {
    removeCached(store, key);
    return;
  }
  try {
    if (isEnumerable(store)) evict(store, key, CACHE_MAX_TOTAL_CHARS - value.length);
    store.setItem(CACHE_PREFIX + key, value);
  } catch {
    // A full or blocked store must not stop the reader from seeing verified content.
  }
}

function evict(store: KeyValueStore & Enumerable, keep: string, budget: number): void {
  const others: { key: string; size: number; at: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (!k?.startsWith(CACHE_PREFIX) || k === CACHE_PREFIX + keep) continue;
    const raw = store.getItem(k) ?? '';
    others.push({ key: k, size: raw.length, at: parse(raw)?.confirmedAt ?? 0 });
  }
  others.sort((a, b) => a.at - b.at);
  let total = others.reduce((n, o) => n + o.size, 0);
  for (const o of others) {
    if (total <= budget) break;
    store.removeItem?.(o.key);
    total -= o.size;
  }
}

/** How long after its expiry a served document is still shown (marked outdated) to a reader who has nothing else: a missed night or weekend of re-signing. */
export const SHOW_EXPIRED_MS = 3 * 86_400_000;

/**
 * What to show when the served document is genuine but past its `expires_at` (never current): the
 * one in hand unless the served one is newer; with nothing in hand (a first visit), the served
 * one, as a kept copy is shown, marked outdated by the elements: its contact channels (the fraud
 * line, the gas line) beat "Status unknown" alone. Not when it expired over SHOW_EXPIRED_MS ago:
 * an older copy may hold numbers since given up.
 */
export function expiredToShow<D extends { payload: { seq: number; expires_at: string } }>(shown: D | undefined, served: D, now: number): D | undefined {
  if (shown) return shown.payload.seq < served.payload.seq ? served : shown;
  return now - Date.parse(served.payload.expires_at) <= SHOW_EXPIRED_MS ? served : undefined;
}
