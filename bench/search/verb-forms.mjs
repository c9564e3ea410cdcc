#!/usr/bin/env node
/**
 * Dutch verb forms (alone: `node bench/search/verb-forms.mjs [--src=DIR]`; not part of `npm run bench`): top-1, top-3 and
 * MRR of the right entry on every development set (bench/search/datasets.mjs) and on the energy demo FAQ
 * (demo/energy/faq.json, Dutch texts) with bench/data/nl-energy-demo-queries.json, a second Dutch set of another shape
 * (7 short entries with tags); and the no-answer rates (answerable, and with the right entry removed). `--src=DIR` measures another checkout's engine (e.g. `git worktree add` of main).
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDatasets } from './datasets.mjs';
import { clearlineRanks, noAnswerCases, noAnswerRate } from './relevance.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? repo);
const read = (f) => JSON.parse(readFileSync(join(repo, f), 'utf8'));
const round = (x) => Math.round(x * 1000) / 1000;

const dir = await mkdtemp(join(tmpdir(), 'clearline-forms-'));
try {
  const out = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(src, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', nodePaths: [join(repo, 'node_modules')] });
  const engine = await import(pathToFileURL(out).href);
  const demo = read('demo/energy/faq.json').entries.map((e) => ({ id: e.id, question: e.question.nl, answer: e.answer.nl, tags: e.tags }));
  const queries = Object.entries(read('bench/data/nl-energy-demo-queries.json').queries).flatMap(([id, qs]) => qs.map((q) => ({ q, id })));
  const sets = [...loadDatasets(repo), { name: 'nl-energy-demo', lang: 'nl', entries: demo, queries }];
  console.log(`engine: ${src}`);
  for (const set of sets) {
    const r = clearlineRanks(engine, set);
    const cases = noAnswerCases(engine, set);
    const n = r.length;
    const top = (k) => round(r.filter((x) => x > 0 && x <= k).length / n);
    console.log(`${set.name.padEnd(15)} ${String(n).padStart(5)} queries  top-1 ${top(1).toFixed(3)}  top-3 ${top(3).toFixed(3)}  MRR ${round(r.reduce((s, x) => s + (x ? 1 / x : 0), 0) / n).toFixed(3)}  no answer ${noAnswerRate(cases.present).toFixed(3)} / removed ${noAnswerRate(cases.removed).toFixed(3)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
