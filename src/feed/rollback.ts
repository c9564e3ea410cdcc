import { FeedError } from './errors.js';
import type { KeyValueStore } from './kv-store.js';

interface SeqRecord {
  seq: number;
  hash: string;
  /** The pinned key that verified it; records from before 2026-12-06 have none and always count. */
  kid?: string;
}

const PREFIX = 'clearline:seq:';

export async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function read(store: KeyValueStore, key: string): SeqRecord | undefined {
  try {
    const raw = store.getItem(PREFIX + key);
    const rec = raw ? (JSON.parse(raw) as SeqRecord) : undefined;
    return rec && Number.isSafeInteger(rec.seq) && typeof rec.hash === 'string' ? rec : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The record that still counts: one whose key the page no longer pins is forgotten. A thief with a stolen key signed one
 * document with the highest `seq` there is; every reader that took it refused each real update as older, also once the
 * site pinned only the new key, for good (trial K). Rotating the key away now takes what it vouched for with it.
 */
function current(store: KeyValueStore, key: string, pinned: readonly string[]): SeqRecord | undefined {
  const last = read(store, key);
  return last && (last.kid === undefined || pinned.includes(last.kid)) ? last : undefined;
}

/**
 * Refuses a document older than the newest one seen for this feed, and a different document
 * with the same `seq` (equivocation). Returns whether the document is newer than the last one.
 * `pinned`: the kids of the keys the page pins now.
 */
export function checkRollback(store: KeyValueStore, key: string, seq: number, hash: string, pinned: readonly string[]): { newer: boolean } {
  const last = current(store, key, pinned);
  if (!last) return { newer: true };
  if (seq < last.seq) {
    throw new FeedError('rollback', `seq ${seq} is older than the ${last.seq} already seen for this feed`);
  }
  if (seq === last.seq && hash !== last.hash) {
    throw new FeedError('rollback', `a different document with the same seq ${seq} was already seen`);
  }
  return { newer: seq > last.seq };
}

/** Records an accepted document, with the pinned key that verified it; called only after every other check passed. */
export function commitSeq(store: KeyValueStore, key: string, seq: number, hash: string, kid: string, pinned: readonly string[]): void {
  const last = current(store, key, pinned);
  if (last && last.seq > seq) return;
  try {
    store.setItem(PREFIX + key, JSON.stringify({ seq, hash, kid } satisfies SeqRecord));
  } catch {
    // A full or blocked store must not stop the reader from seeing verified content.
  }
}
