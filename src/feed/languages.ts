/**
 * The languages a feed is written in, read from its texts: the studio's form and `clearline new
 * channel` both ask for one text per language, so both use this. Pure: no DOM.
 */
import type { FeedDraft } from './update.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A BCP 47 language key in a text map: `nl`, `en`, `nl-BE`. */
const LANG_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The languages of a feed's titles, texts and channel names, in order of first use; `['']` for a
 * feed written in plain strings (one unnamed language); `fallback` for a feed with no texts yet.
 */
export function feedLanguages(feed: Pick<FeedDraft, 'incidents' | 'channels'>, fallback: readonly string[]): string[] {
  const found = new Set<string>();
  let plain = false;
  const look = (v: unknown) => {
    if (typeof v === 'string') plain = true;
    else if (isObj(v)) Object.keys(v).filter((k) => LANG_KEY.test(k)).forEach((k) => found.add(k));
  };
  for (const inc of feed.incidents ?? []) [inc.title, inc.known, inc.unknown].forEach(look);
  for (const c of feed.channels ?? []) look(c.label);
  if (found.size) return [...found];
  return plain ? [''] : [...fallback];
}
