/**
 * What `faq build --out faq.json` keeps of the FAQ document it replaces: its `search_examples`, which
 * are written into faq.json by hand (docs/publishing.md step 7) since no Markdown file holds them. A
 * rebuild after each new answer (`new question --out faq.json`) dropped the search hint's examples.
 * Kept only from the same FAQ (its feed_id); anything unreadable is replaced as before.
 */
import { readFile } from 'node:fs/promises';
import { isObj } from './command.js';

export async function keptFromOut(out: string | undefined, feedId: string): Promise<{ search_examples?: unknown }> {
  if (!out) return {};
  const old: unknown = await readFile(out, 'utf8').then(JSON.parse, () => undefined).catch(() => undefined);
  return isObj(old) && old.type === 'faq' && old.feed_id === feedId && old.search_examples !== undefined ? { search_examples: old.search_examples } : {};
}
