#!/usr/bin/env node
/**
 * Misspelt Dutch compounds (alone: `node bench/search/compound-typos.mjs [--src=DIR]`; not part of
 * `npm run bench`). The Dutch sets hold few compounds typed wrong, so their top-1 cannot show
 * whether "stroomstorring" or "gasstoirng" still finds the outage entry. Derived by one rule, on
 * two Dutch sets: the development set (bench/data/nl-queries.json) and the energy demo FAQ
 * (demo/energy/faq.json) with bench/data/nl-energy-demo-queries.json.
 *
 * - A compound: a query word of 6 letters or more that splits into two parts of 3 letters or more
 *   (optionally joined by -s- or -e-) whose stems both occur in the FAQ ("stroomstoring",
 *   "gaslucht", "meterstand").
 * - Its typos, at every position but the first letter, one per query: a letter typed twice
 *   ("stroomstorring"), two neighbours swapped ("gasstoirng"), a letter left out ("stroomstorng");
 *   not when the stem stays the same (no typo for the engine). The other words stay as typed.
 * - Per kind, top-1, top-5 and MRR of the right entry, beside the same queries typed right, and
 *   the share of misspelt queries that rank the right entry as well as typed right.
 * - The same for the other query words of 6 letters or more (`other_words`): a check that a rule
 *   for compounds does not cost the misspelling of an ordinary word.
 *
 * `--src=DIR` measures another checkout's engine (e.g. the one before a change).
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDatasets } from './datasets.mjs';
import { score } from './relevance.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every typo of `w` of each kind, the first letter kept. */
export function typosOf(w) {
  const out = { double: new Set(), swap: new Set(), drop: new Set() };
  for (let i = 1; i < w.length; i++) {
    out.double.add(w.slice(0, i + 1) + w[i] + w.slice(i + 1));
    out.drop.add(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1 && w[i] !== w[i + 1]) out.swap.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s]]));
}

/** The stems of every word of the entries. */
function vocabulary(engine, index, entries) {
  const out = new Set();
  for (const e of entries)
    for (const text of [e.question, engine.markdownToText(e.answer), ...(e.tags ?? [])])
      for (const t of engine.tokens(engine.fold(text))) {
        const p = index.process(t.text);
        if (p) out.add(p);
      }
  return out;
}

/** `w` splits into two parts whose stems are both in `vocab`. */
export function isCompound(w, process, vocab) {
  if (!/^\p{L}{6,}$/u.test(w)) return false;
  const has = (part) => part.length >= 3 && vocab.has(process(part) ?? '');
  for (let i = 3; i <= w.length - 3; i++) {
    if (!has(w.slice(0, i))) continue;
    if (has(w.slice(i)) || ('se'.includes(w[i]) && has(w.slice(i + 1)))) return true;
  }
  return false;
}

/** `compound`: the typos of compounds; false: of the other words of 6 letters or more (a check that they do not suffer). */
export function compoundTypoCases(engine, set, index = engine.buildIndex(set.entries, set.lang), compound = true) {
  const vocab = vocabulary(engine, index, set.entries);
  const cases = { double: [], swap: [], drop: [] };
  const words = new Set();
  for (const { q, id } of set.queries) {
    const parts = q.split(/(\s+)/);
    parts.forEach((part, i) => {
      const w = engine.fold(part);
      if (!/^\p{L}{6,}$/u.test(w) || !index.process(w) || isCompound(w, index.process, vocab) !== compound) return;
      words.add(w);
      for (const [kind, typos] of Object.entries(typosOf(w)))
        for (const typo of typos) if (index.process(typo) !== index.process(w)) cases[kind].push({ q: parts.map((x, j) => (j === i ? typo : x)).join(''), right: q, id });
    });
  }
  return { words: [...words], cases };
}

const rank = (index, q, id) => index.search(q, 100).hits.map((h) => h.id).indexOf(id) + 1;

export function energyDemoSet() {
  const nl = (x) => (typeof x === 'string' ? x : x.nl);
  const entries = JSON.parse(readFileSync(join(repo, 'demo/energy/faq.json'), 'utf8')).entries.map((e) => ({ id: e.id, question: nl(e.question), answer: nl(e.answer), tags: e.tags }));
  const queries = Object.entries(JSON.parse(readFileSync(join(repo, 'bench/data/nl-energy-demo-queries.json'), 'utf8')).queries).flatMap(([id, qs]) => qs.map((q) => ({ q, id })));
  return { name: 'energy-demo', lang: 'nl', entries, queries };
}

export function compoundTypoCheck(engine, sets) {
  return Object.fromEntries(
    sets.map((set) => {
      const index = engine.buildIndex(set.entries, set.lang);
      const measure = (compound) => {
        const { words, cases } = compoundTypoCases(engine, set, index, compound);
        const of = (cs) => {
          const wrong = cs.map((c) => rank(index, c.q, c.id));
          const right = cs.map((c) => rank(index, c.right, c.id));
          // As well as typed right: the right entry as high (or missing when it is missing typed right too).
          const asRight = wrong.filter((r, i) => r === right[i] || (r > 0 && r < right[i])).length / (cs.length || 1);
          return { typed_wrong: score(wrong), typed_right: score(right), as_well_as_typed_right: Math.round(asRight * 1000) / 1000 };
        };
        return { words: words.length, all: of(Object.values(cases).flat()), ...Object.fromEntries(Object.entries(cases).map(([kind, cs]) => [kind, of(cs)])) };
      };
      return [set.name, { queries: score(set.queries.map((x) => rank(index, x.q, x.id))), compounds: measure(true), other_words: measure(false) }];
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const src = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? repo);
  const dir = await mkdtemp(join(tmpdir(), 'clearline-compound-typos-'));
  try {
    const out = join(dir, 'engine.mjs');
    await build({ entryPoints: [join(src, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', nodePaths: [join(repo, 'node_modules')] });
    const sets = [loadDatasets(repo).find((s) => s.name === 'nl'), energyDemoSet()];
    console.log(JSON.stringify({ source: src, ...compoundTypoCheck(await import(pathToFileURL(out).href), sets) }, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
