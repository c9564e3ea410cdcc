/**
 * The form after the feed under it changed: after a save (the page continues with what it just
 * published) or Apply my edit on top of a newer feed. Pure: no DOM, no Lit.
 */
import { typedLinks } from '../../feed/channel-edit.js';
import { callingCodeForZone } from '../../feed/dialling.js';
import type { Channel } from '../../feed/schema.js';
import { isEmptyText, type FeedDraft } from '../../feed/update.js';
import { buildFeed, draftFromIncident, type Draft } from './draft.js';

/**
 * The draft on the feed now open: a new incident that this feed already has (just saved, or saved
 * by this page earlier when its answer was lost) continues as an update of that incident. A new
 * incident's id is its template and minute, so the same id is the same incident. After a save
 * (`justSaved`) a correction is done: the form goes back to posting news.
 */
export function continueDraft(draft: Draft, feed: FeedDraft, justSaved = false): Draft {
  const saved = feed.incidents.find((i) => i.id === draft.id);
  let next = draft.mode === 'new' && saved ? { ...draft, mode: 'update' as const } : draft;
  // What is now published is what a correction keeps; after a save the next edit is news again, and earlier updates
  // corrected are published as corrected (each offers "Correct" again).
  if (saved) next = { ...next, publishedPhase: saved.phase, ...(justSaved ? { correct: false } : {}) };
  if (saved && justSaved && next.earlier) {
    const { earlier: _done, ...rest } = next;
    next = rest;
  }
  // Resolving emptied "what we don't know yet": the form says so too, and a correction keeps it empty.
  if (saved?.phase === 'resolved' && isEmptyText(saved.unknown)) return { ...next, unknown: Object.fromEntries(Object.keys(next.unknown).map((l) => [l, ''])) };
  return next;
}

/** The parts of an update's form that Apply my edit on top takes from the newer feed when the desk left them as opened. */
const MERGED = ['title', 'known', 'unknown', 'phase', 'severity', 'affects', 'actions', 'faqOutdated'] as const;

/**
 * Apply my edit on top of a newer feed: each part of an update's form the desk left as it was opened takes the newer feed's
 * version; the parts it changed keep its words. A municipality's desk changed only "what we don't know yet" while a
 * colleague published "benefits are paid on time" with the CLI; the form put the older "what we know" back, and signing
 * would have published it as the latest news (trial M). A new incident, or one the newer feed no longer has, is left as is.
 */
export function onTopOf(draft: Draft, opened: FeedDraft, current: FeedDraft, langs: readonly string[]): Draft {
  const was = opened.incidents.find((i) => i.id === draft.id);
  const now = current.incidents.find((i) => i.id === draft.id);
  if (draft.mode !== 'update' || !was || !now) return draft;
  const [before, after] = [draftFromIncident(was, langs), draftFromIncident(now, langs)];
  const out: Draft = { ...draft };
  for (const k of MERGED) if (JSON.stringify(draft[k]) === JSON.stringify(before[k])) (out as unknown as Record<string, unknown>)[k] = after[k];
  return out;
}

/**
 * The feed the draft makes on `base`, or, when it cannot be made (an update of an incident the
 * newer feed no longer has), `base` unchanged and why, in words, to say on the page.
 */
export function tryBuild(base: FeedDraft, draft: Draft, langs: readonly string[], channels: Channel[], now: number, gone: string): { feed: FeedDraft; error?: string } {
  if (draft.mode === 'update' && !base.incidents.some((i) => i.id === draft.id)) return { feed: { ...base, channels }, error: gone };
  try {
    return { feed: buildFeed(base, draft, langs, channels, now) };
  } catch (e) {
    return { feed: { ...base, channels }, error: (e as Error).message };
  }
}

/** What the form makes with its links as they are once their fields are left (typedLinks): what the studio checks and signs. */
export const withLinksLeft = (b: { feed: FeedDraft; error?: string }, zone: string) => ({ ...b, feed: typedLinks(b.feed, callingCodeForZone(zone)) });
