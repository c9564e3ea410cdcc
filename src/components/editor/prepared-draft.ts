/**
 * A prepared text as the form makes it (`prepare`, prepare-mode.ts): the incident built as a new one (buildFeed), put back
 * in its place in the file of prepared texts, or first when new. No history, no correction, no next update and no all-clear:
 * `new incident --prepared` copies the texts and sets those afresh (templates/prepared.ts), so an edit replaces the text in
 * place. The phase is one a copy keeps: `identified`, else `investigating`. Pure: no DOM, no Lit.
 */
import type { Channel } from '../../feed/schema.js';
import type { FeedDraft } from '../../feed/update.js';
import { buildFeed, type Draft } from './draft.js';

/** The phases a prepared text can have (a copy starts as one of these). */
export const PREPARED_PHASES = ['investigating', 'identified'] as const;

export function buildPrepared(base: FeedDraft, d: Draft, langs: readonly string[], channels: Channel[], now: number): FeedDraft {
  const at = base.incidents.findIndex((i) => i.id === d.id);
  const was = base.incidents[at];
  const others = base.incidents.filter((i) => i.id !== d.id);
  const { earlier: _e, correct: _c, starts_at: _s, startsInput: _si, ...texts } = d;
  const draft: Draft = { ...texts, mode: 'new', phase: d.phase === 'identified' ? 'identified' : 'investigating', next: null, started_at: was?.started_at ?? d.started_at };
  const feed = buildFeed({ ...base, incidents: others }, draft, langs, channels, now);
  const [made, ...rest] = feed.incidents;
  return { ...feed, incidents: at < 0 ? [made!, ...rest] : [...rest.slice(0, at), made!, ...rest.slice(at)] };
}

/** As continue.ts tryBuild: the feed, or the open one and why the form cannot be made into one. */
export function tryPrepared(base: FeedDraft, d: Draft, langs: readonly string[], channels: Channel[], now: number): { feed: FeedDraft; error?: string } {
  try {
    return { feed: buildPrepared(base, d, langs, channels, now) };
  } catch (e) {
    return { feed: { ...base, channels }, error: (e as Error).message };
  }
}
