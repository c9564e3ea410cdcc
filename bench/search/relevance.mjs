/**
 * Relevance on a development set: top-1, top-5 and MRR for clearline, MiniSearch (default
 * options) and Fuse.js (default options) on the same entries and queries; and the no-answer
 * rates: for answerable queries (should be low) and with the right entry removed (should be high).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** top-1, top-5 and MRR from 1-based ranks (0 = not found). */
export function score(ranks) {
  const n = ranks.length || 1;
  return {
    queries: ranks.length,
    top1: round(ranks.filter((r) => r === 1).length / n),
    top5: round(ranks.filter((r) => r > 0 && r <= 5).length / n),
    mrr: round(ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n),
  };
}

const ranks = (set, search) => set.queries.map(({ q, id }) => search(q).indexOf(id) + 1);

/** Ranks of clearline on a set, queries as typed (the last word also counts as a prefix, as in the element). */
export function clearlineRanks(engine, set, index = engine.buildIndex(set.entries, set.lang)) {
  return ranks(set, (q) => index.search(q, 100).hits.map((h) => h.id));
}

export function baselines(set) {
  const fuse = new Fuse(set.entries, { keys: ['question', 'answer'] });
  const mini = new MiniSearch({ fields: ['question', 'answer'] });
  mini.addAll(set.entries);
  return {
    minisearch_default: score(ranks(set, (q) => mini.search(q).map((r) => r.id))),
    fuse_default: score(ranks(set, (q) => fuse.search(q).map((r) => r.item.id))),
  };
}

/**
 * Outcomes for the no-answer rule: per query, the engine's evidence with the right entry present
 * and with it removed (leave-one-entry-out), so thresholds can be chosen and checked offline.
 */
export function noAnswerCases(engine, set) {
  const full = engine.buildIndex(set.entries, set.lang);
  const present = set.queries.map(({ q }) => full.search(q, 2));
  const byEntry = new Map();
  for (const x of set.queries) byEntry.set(x.id, [...(byEntry.get(x.id) ?? []), x.q]);
  const removed = [];
  for (const [id, qs] of byEntry) {
    const idx = engine.buildIndex(set.entries.filter((e) => e.id !== id), set.lang);
    for (const q of qs) removed.push(idx.search(q, 2));
  }
  return { present, removed };
}

/** Share of outcomes that say "no answer". */
export const noAnswerRate = (outcomes) => round(outcomes.filter((o) => !o.confident).length / (outcomes.length || 1));

export function relevance(engine, set) {
  const r = clearlineRanks(engine, set);
  const cases = noAnswerCases(engine, set);
  return {
    clearline: score(r),
    ...baselines(set),
    no_answer: { answerable: noAnswerRate(cases.present), entry_removed: noAnswerRate(cases.removed) },
  };
}
