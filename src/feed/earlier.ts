/**
 * Correcting an earlier update in place: a tired desk pasted English into the Dutch "what we know", and the next news
 * moved it into the incident's history, where Dutch readers kept reading it under "earlier updates" and nothing could
 * take it out but a hand-edited feed.json (trial E). The update keeps its time (`at`); its texts are replaced. Found by
 * that time, not by its place, so that a correction still lands on the right update when news is posted with it (which
 * puts the texts now published first). Pure: the studio uses it; no DOM.
 */
import { withMarkdownBullets } from './pasted-lists.js';
import { unstamp } from './update.js';
import type { TextValue } from './schema.js';

type Obj = Record<string, unknown>;

/** An earlier update's texts as corrected; a text that is empty in every language is taken out of that update. */
export interface EarlierTexts {
  known?: TextValue;
  unknown?: TextValue;
  note?: TextValue;
}

export const EARLIER_PARTS = ['known', 'unknown', 'note'] as const;

const empty = (v: TextValue): boolean => (typeof v === 'string' ? !v.trim() : Object.values(v).every((s) => !String(s).trim()));

/**
 * The feed with incident `id`'s earlier updates corrected, each found by its `at` in `byTime`: times it does not have
 * (an update since dropped from a full history) are left alone, and so is an update that would be left with no text at
 * all (readers would get an empty entry). Unchanged when nothing differs, else without its signing stamps.
 */
export function correctEarlier<T extends { incidents: readonly unknown[] }>(feed: T, id: string, byTime: Readonly<Record<string, EarlierTexts>>): T {
  const index = feed.incidents.findIndex((i) => (i as Obj)?.id === id);
  const inc = feed.incidents[index] as Obj | undefined;
  if (!inc || !Array.isArray(inc.updates) || !Object.keys(byTime).length) return feed;
  let changed = false;
  const updates = (inc.updates as Obj[]).map((u) => {
    const texts = typeof u?.at === 'string' ? byTime[u.at] : undefined;
    if (!texts) return u;
    const next: Obj = { ...u };
    for (const k of EARLIER_PARTS) {
      const v = texts[k];
      if (v === undefined) continue;
      if (empty(v)) delete next[k];
      else next[k] = withMarkdownBullets(v);
    }
    if (!EARLIER_PARTS.some((k) => next[k] !== undefined) || JSON.stringify(next) === JSON.stringify(u)) return u;
    changed = true;
    return next;
  });
  if (!changed) return feed;
  const incidents = [...feed.incidents];
  incidents[index] = { ...inc, updates };
  return unstamp({ ...feed, incidents } as T & Obj) as T;
}
