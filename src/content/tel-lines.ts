import type { StatusPayload } from '../feed/schema.js';
import { hostOf } from './own-site.js';

/**
 * What the Markdown renderer (content/markdown.ts) needs of the feed: the `tel:` links of its channels, whose numbers
 * become links where a text writes them (phone-spans.ts), and the sites of its https: links (its site, status page,
 * channel and action links), the only ones a bare web address in a text may link to (own-site.ts; trial U). lint's
 * foreign-link reads the same four. Computed once per feed, in the Markdown chunk, so the first render does not carry it.
 */
const memo = new WeakMap<StatusPayload, { tel: readonly string[]; own: readonly string[] }>();
const NONE = { tel: [], own: [] };

export function telLines(feed: StatusPayload | undefined): { tel: readonly string[]; own: readonly string[] } {
  if (!feed) return NONE;
  let lines = memo.get(feed);
  if (!lines) {
    const hrefs = feed.channels.map((c) => c.href);
    const own = [feed.publisher.url, feed.status_url, ...hrefs, ...feed.incidents.flatMap((i) => i.actions?.map((a) => a.href) ?? [])].map(hostOf);
    memo.set(feed, (lines = { tel: hrefs.filter((h) => /^tel:/i.test(h)), own: own.filter((h) => h !== undefined) }));
  }
  return lines;
}
