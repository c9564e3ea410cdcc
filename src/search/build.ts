/**
 * Building a FAQ index: at once, or in slices that hand the thread back to the browser so a large
 * FAQ never blocks input or rendering for long.
 */
import { FaqIndex, type SearchDoc } from './engine.js';
import type { SearchLanguage } from './stopwords.js';

/** Builds the index for a set of entries at once. */
export function buildIndex(docs: readonly SearchDoc[], lang: SearchLanguage = 'en'): FaqIndex {
  const index = new FaqIndex(lang);
  for (const d of docs) index.add(d);
  return index.finish();
}

/** Hands the thread back (no 4 ms timer clamp): lets input and rendering run between slices. */
const yieldToBrowser = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    resolve();
  };
  channel.port2.postMessage(null);
});

/**
 * Builds the index in slices of about `sliceMs` so a large FAQ never blocks the page for long
 * (10,000 entries: no task over 50 ms). Rejects with an AbortError when `signal` aborts.
 */
export async function buildIndexAsync(docs: readonly SearchDoc[], lang: SearchLanguage = 'en', { sliceMs = 12, signal }: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<FaqIndex> {
  const index = new FaqIndex(lang);
  let start = performance.now();
  for (let i = 0; i < docs.length; i++) {
    index.add(docs[i]!);
    if ((i & 31) === 31 && performance.now() - start > sliceMs) {
      await yieldToBrowser();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
  for (const _ of index.finishing()) {
    if (performance.now() - start > sliceMs) {
      await yieldToBrowser();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
  return index;
}
