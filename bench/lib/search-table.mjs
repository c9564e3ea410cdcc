// The search section of bench/RESULTS.md (bench/search.mjs's figures beside the "before" run).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './feeds.mjs';

export function searchTable(x) {
  const lines = [`From bench/search.mjs (bench/search-results.json, ${x.date ?? ''}); the "before" rows from bench/search-before.json (the same harness run on the engine and element before issue 17).`, ''];
  const before = existsSync(join(ROOT, 'bench', 'search-before.json')) ? JSON.parse(readFileSync(join(ROOT, 'bench', 'search-before.json'), 'utf8')) : undefined;
  for (const [name, r] of Object.entries(x.relevance ?? {})) {
    const set = x.sets?.[name];
    lines.push(`**${name}** (${set?.entries} entries, ${set?.queries} queries; ${set?.source})`, '');
    lines.push('| Engine | top-1 | top-5 | MRR | "no answer" for answerable queries | "no answer" with the right entry removed |', '|---|---|---|---|---|---|');
    const b = before?.relevance?.[name];
    if (b) lines.push(`| clearline before | ${b.clearline.top1} | ${b.clearline.top5} | ${b.clearline.mrr} | ${b.no_answer.answerable} | ${b.no_answer.entry_removed} |`);
    lines.push(`| clearline | ${r.clearline.top1} | ${r.clearline.top5} | ${r.clearline.mrr} | ${r.no_answer.answerable} | ${r.no_answer.entry_removed} |`);
    for (const k of ['minisearch_default', 'fuse_default']) lines.push(`| ${k} | ${r[k].top1} | ${r[k].top5} | ${r[k].mrr} | | |`);
    lines.push('');
  }
  if (x.split_check) {
    lines.push('Leave-one-set-out: field weights (question, tags, answer) and the no-answer threshold chosen on the other sets only, then measured on the held-out set.', '');
    lines.push('| held out | weights chosen on the others | top-1 with those | top-1 committed | best top-1 in the grid | threshold chosen on the others | "no answer" answerable | "no answer" entry removed |', '|---|---|---|---|---|---|---|---|');
    for (const r of x.split_check.leave_one_set_out) lines.push(`| ${r.held_out} | ${r.weights_chosen_on_others.join(', ')} | ${r.top1_held_out_with_those} | ${r.top1_held_out_committed} | ${r.top1_best_possible_on_held_out} | ${r.threshold_chosen_on_others} | ${r.no_answer_answerable_held_out} | ${r.no_answer_entry_removed_held_out} |`);
    lines.push('', `Committed: weights ${x.split_check.committed.weights.join(', ')}, threshold ${x.split_check.committed.minRelative}.`, '');
  }
  if (x.no_answer_check) {
    const c = x.no_answer_check;
    lines.push('No-answer check (bench/search/noanswer.mjs), leave-one-set-out: the committed rule (best / ideal ≥ a cut) and a two-feature logistic model (' + c.features.join(', ') + '), each with its parameters and cut chosen on the other sets only. AUC: how well the score orders answerable above entry-removed queries (0.5 = chance). Ceiling: entry-removed queries sent to "no answer" with the cut chosen on the held-out set\'s own queries at 10% of its answerable ones (a limit of the evidence, not a result). Goal (issue 17): ≥ 0.8 entry removed, ≤ 0.1 answerable.', '');
    lines.push('| held out | rule | "no answer" answerable | "no answer" entry removed | AUC | ceiling: entry removed at own 10% |', '|---|---|---|---|---|---|');
    for (const r of c.leave_one_set_out) lines.push(`| ${r.held_out} | ${r.rule} | ${r.no_answer_answerable} | ${r.no_answer_entry_removed} | ${r.auc} | ${r.ceiling_entry_removed_at_own_10pct} |`);
    const met = c.leave_one_set_out.filter((r) => r.rule === 'threshold').every((r) => r.no_answer_answerable <= 0.1 && r.no_answer_entry_removed >= 0.8);
    lines.push('', `Goal ${met ? 'met' : 'not met'} with the committed rule on every held-out set.`, '');
  }
  if (x.latency) {
    lines.push(`Keystroke to rendered results in Chromium (${x.latency.corpus})${x.latency.date ? `, measured ${x.latency.date}` : ''}. Longest task: Long Tasks API (only tasks over 50 ms; 0 = none). Frame gap: the longest time between animation frames while the index was built.`, '');
    lines.push('| entries | version | keystrokes | p50 (ms) | p95 (ms) | max (ms) | to next frame p95 (ms) | index ready (ms) | longest task while indexing (ms) | longest frame gap while indexing (ms) |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, lat] of [['before', before?.latency], ['now', x.latency]]) {
      for (const n of ['1000', '10000']) {
        const l = lat?.[n];
        if (l) lines.push(`| ${n} | ${label} | ${l.keystrokes} | ${l.p50_ms} | ${l.p95_ms} | ${l.max_ms} | ${l.to_next_frame_p95_ms} | ${l.index_ready_ms} | ${l.longest_task_while_indexing_ms} | ${l.longest_frame_gap_while_indexing_ms ?? ''} |`);
      }
    }
    lines.push('');
  }
  return lines;
}
