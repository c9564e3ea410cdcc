/**
 * Can "no answer" be told from the evidence a search already has? Leave-one-set-out on the
 * development sets, for two rules whose parameters are chosen on the OTHER sets only:
 *
 * - `threshold`: the committed rule, best score / ideal score ≥ t (confidence.ts);
 * - `logistic`: a two-feature logistic model, log(best / ideal) and second best / ideal (a
 *   generic query lets several entries score alike), fitted with equal weight per set and class.
 *
 * In both, the cut is the mean over the other sets of the score that says "no answer" to 10% of
 * their answerable queries. Per held-out set: both no-answer rates, the AUC (how well the score
 * orders answerable above entry-removed queries, 0.5 = chance) and, as a ceiling only, the
 * entry-removed rate at the held-out set's own 10% cut (chosen on its own queries: not a result).
 */
import { noAnswerCases } from './relevance.mjs';

const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** The evidence features of one outcome: [log(best / ideal), second / ideal]; null without hits. */
export function features(outcome) {
  const e = outcome.evidence;
  const top = e?.hits[0];
  if (!top || !(e.ideal > 0)) return null;
  return [Math.log(1e-3 + top.score / e.ideal), e.second / e.ideal];
}

/**
 * Logistic regression by gradient descent on standardised features, L2 `l2`; `groups` is a list
 * of {pos, neg} feature lists, each group and class weighing the same. Returns {w, b} on the raw
 * features (score = w·x + b; higher = more likely answerable).
 */
export function fitLogistic(groups, { l2 = 0.01, steps = 3000, rate = 1 } = {}) {
  const rows = [];
  for (const { pos, neg } of groups) {
    for (const x of pos) rows.push([x, 1, 1 / pos.length]);
    for (const x of neg) rows.push([x, 0, 1 / neg.length]);
  }
  const dim = rows[0][0].length;
  const total = rows.reduce((s, r) => s + r[2], 0);
  const mu = Array.from({ length: dim }, (_, j) => rows.reduce((s, r) => s + r[0][j], 0) / rows.length);
  const sd = mu.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[0][j] - m) ** 2, 0) / rows.length) + 1e-9);
  const z = rows.map(([x, y, w]) => [x.map((v, j) => (v - mu[j]) / sd[j]), y, w / total]);
  const beta = new Array(dim + 1).fill(0);
  for (let s = 0; s < steps; s++) {
    const grad = new Array(dim + 1).fill(0);
    for (const [x, y, w] of z) {
      const p = 1 / (1 + Math.exp(-(x.reduce((a, v, j) => a + v * beta[j], 0) + beta[dim])));
      for (let j = 0; j < dim; j++) grad[j] += w * (p - y) * x[j];
      grad[dim] += w * (p - y);
    }
    for (let j = 0; j <= dim; j++) beta[j] -= rate * (grad[j] + (j < dim ? l2 * beta[j] : 0));
  }
  const w = beta.slice(0, dim).map((b, j) => b / sd[j]);
  return { w, b: beta[dim] - beta.slice(0, dim).reduce((a, b, j) => a + (b * mu[j]) / sd[j], 0) };
}

/** Area under the ROC curve: the chance that a random `pos` scores above a random `neg`. */
export function auc(pos, neg) {
  if (!pos.length || !neg.length) return NaN;
  const all = [...pos.map((v) => [v, 1]), ...neg.map((v) => [v, 0])].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const mid = (i + j + 1) / 2; // average 1-based rank of a tie
    for (let k = i; k < j; k++) if (all[k][1]) rankSum += mid;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** The score at which `share` of `xs` fall below (says "no answer"). */
export const cutAt = (xs, share) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(share * (s.length - 1))] ?? 0;
};

const below = (xs, cut) => (xs.length ? xs.filter((x) => x < cut).length / xs.length : 0);

/** Per set: the rule's score of every answerable and every entry-removed outcome (exact question: +Infinity; no hit: -Infinity). */
function scored(cases, score) {
  const f = (o) => (o.hits[0]?.exact ? Infinity : features(o) ? score(features(o)) : -Infinity);
  return { pos: cases.present.map(f), neg: cases.removed.map(f) };
}

export function noAnswerCheck(engine, sets, { share = 0.1 } = {}) {
  const cases = Object.fromEntries(sets.map((s) => [s.name, noAnswerCases(engine, s)]));
  const raw = (name) => {
    const f = (list) => list.filter((o) => !o.hits[0]?.exact).map(features).filter(Boolean);
    return { pos: f(cases[name].present), neg: f(cases[name].removed) };
  };
  const rules = {
    threshold: () => (x) => x[0],
    logistic: (names) => {
      const { w, b } = fitLogistic(names.map(raw));
      return (x) => x.reduce((a, v, j) => a + v * w[j], b);
    },
  };
  const rows = [];
  for (const held of sets) {
    const others = sets.filter((s) => s !== held).map((s) => s.name);
    for (const [rule, make] of Object.entries(rules)) {
      const score = make(others);
      const cut = others.reduce((a, n) => a + cutAt(scored(cases[n], score).pos, share), 0) / others.length;
      const { pos, neg } = scored(cases[held.name], score);
      rows.push({
        held_out: held.name,
        rule,
        no_answer_answerable: round(below(pos, cut)),
        no_answer_entry_removed: round(below(neg, cut)),
        auc: round(auc(pos.filter(Number.isFinite), neg.filter(Number.isFinite))),
        ceiling_entry_removed_at_own_10pct: round(below(neg, cutAt(pos, share))),
      });
    }
  }
  const all = fitLogistic(sets.map((s) => raw(s.name)));
  return { features: ['log(best / ideal)', 'second best / ideal'], logistic_fitted_on_all_sets: { w: all.w.map((x) => round(x)), b: round(all.b) }, leave_one_set_out: rows };
}
