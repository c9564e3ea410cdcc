/**
 * Building a FAQ index: at once, or in slices that hand the thread back to the browser so a large
 * FAQ never blocks input or rendering for long.
 */
import { FaqIndex, type SearchDoc } from './engine.js';
import { runInSlices, type SliceOptions } from './slices.js';
import type { SearchLanguage } from './stopwords.js';

/** Builds the index for a set of entries at once. */
export function buildIndex(docs: readonly SearchDoc[], lang: SearchLanguage = 'en'): FaqIndex {
  const index = new FaqIndex(lang);
  for (const d of docs) index.add(d);
  return index.finish();
}

/**
 * Builds the index in slices of about `sliceMs` (8 by default), handing the thread back in
 * between, so a large FAQ never blocks the page for long (10,000 entries: no task over 50 ms).
 * Every entry and every few thousand postings is a step. Rejects with an AbortError when
 * `signal` aborts (checked before the first slice and after every hand-back).
 */
export async function buildIndexAsync(docs: readonly SearchDoc[], lang: SearchLanguage = 'en', options: SliceOptions = {}): Promise<FaqIndex> {
  const index = new FaqIndex(lang);
  await runInSlices(index.building(docs), options);
  return index;
}
