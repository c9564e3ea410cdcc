/**
 * Split check: are the ranking weights and the no-answer threshold fitted to one set? For each
 * development set, choose them on the OTHER sets only and report the result on the held-out set,
 * beside the committed values. (Leave-one-set-out.)
 */
import { clearlineRanks, noAnswerCases, noAnswerRate, score } from './relevance.mjs';

/** The ranking grid: question weight × answer weight (tags stay 1). */
const GRID = [1, 2, 3, 4].flatMap((q) => [1, 0.5, 0.25].map((a) => [q, 1, a]));

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(p * (s.length - 1))] ?? 0;
};
const relative = (o) => (o.evidence && o.evidence.hits[0] && o.evidence.ideal > 0 ? o.evidence.hits[0].score / o.evidence.ideal : 0);

export function splitCheck(engine, sets) {
  const { TUNING } = engine;
  const committed = { weights: [...TUNING.bm25.weights], minRelative: TUNING.confidence.minRelative };
  // top-1 of every grid point on every set.
  const top1 = new Map();
  for (const w of GRID) {
    TUNING.bm25.weights = w;
    top1.set(w.join(), Object.fromEntries(sets.map((s) => [s.name, score(clearlineRanks(engine, s)).top1])));
  }
  TUNING.bm25.weights = committed.weights;
  // Per set, the threshold that says "no answer" to at most 10% of its answerable queries.
  const cases = Object.fromEntries(sets.map((s) => [s.name, noAnswerCases(engine, s)]));
  const own = Object.fromEntries(sets.map((s) => [s.name, quantile(cases[s.name].present.map(relative), 0.1)]));
  const rows = sets.map((held) => {
    const others = sets.filter((s) => s !== held).map((s) => s.name);
    let best;
    for (const w of GRID) {
      const mean = others.reduce((a, n) => a + top1.get(w.join())[n], 0) / others.length;
      if (!best || mean > best.mean) best = { w, mean };
    }
    const threshold = others.reduce((a, n) => a + own[n], 0) / others.length;
    const rate = (t, list) => noAnswerRate(list.map((o) => ({ confident: (o.hits[0]?.exact ?? false) || relative(o) >= t })));
    return {
      held_out: held.name,
      weights_chosen_on_others: best.w,
      top1_held_out_with_those: top1.get(best.w.join())[held.name],
      top1_held_out_committed: top1.get(committed.weights.join())?.[held.name] ?? null,
      top1_best_possible_on_held_out: Math.max(...GRID.map((w) => top1.get(w.join())[held.name])),
      threshold_chosen_on_others: Math.round(threshold * 1000) / 1000,
      no_answer_answerable_held_out: rate(threshold, cases[held.name].present),
      no_answer_entry_removed_held_out: rate(threshold, cases[held.name].removed),
    };
  });
  return { grid: GRID.map((w) => ({ weights: w, ...top1.get(w.join()) })), committed, per_set_threshold_for_10pct: own, leave_one_set_out: rows };
}
