#!/usr/bin/env node
/**
 * The publisher's own name left out of a query when other words remain (src/search/own-name.ts; alone: `node
 * bench/search/own-name.mjs`, not part of `npm run bench`), measured on the FAQ's own search, where it is NOT applied: the
 * element leaves the name out of the open incidents' search only. The sets have no publisher, so each gets the name of an
 * organisation whose FAQ it could be, with words its queries use: StackFAQ "Google" (questions about Google's and others'
 * web apps), Banking77 "Example Bank", the Dutch sets "Utrecht Energie" (the energy demo's publisher). Top-1, top-3 and MRR
 * of the right entry with the name and without, over all queries and over those holding a word of the name.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDatasets } from './datasets.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (f) => JSON.parse(readFileSync(join(repo, f), 'utf8'));
const NAMES = { stackfaq: 'Google', banking77: 'Example Bank', nl: 'Utrecht Energie', 'nl-energy-demo': 'Utrecht Energie' };

const dir = await mkdtemp(join(tmpdir(), 'clearline-own-name-'));
try {
  const out = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(repo, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  const engine = await import(pathToFileURL(out).href);
  const demo = read('demo/energy/faq.json').entries.map((e) => ({ id: e.id, question: e.question.nl, answer: e.answer.nl, tags: e.tags }));
  const queries = Object.entries(read('bench/data/nl-energy-demo-queries.json').queries).flatMap(([id, qs]) => qs.map((q) => ({ q, id })));
  for (const set of [...loadDatasets(repo), { name: 'nl-energy-demo', lang: 'nl', entries: demo, queries }]) {
    const index = engine.buildIndex(set.entries, set.lang);
    const rank = (q, id) => index.search(q, 100).hits.findIndex((h) => h.id === id) + 1;
    const rows = set.queries.map(({ q, id }) => {
      const without = engine.withoutOwnName(q, NAMES[set.name], index.process);
      return { named: without !== q, before: rank(q, id), after: rank(without, id) };
    });
    const line = (list, key) => {
      const n = list.length || 1;
      const top = (k) => (list.filter((r) => r[key] > 0 && r[key] <= k).length / n).toFixed(3);
      return `top-1 ${top(1)} top-3 ${top(3)} MRR ${(list.reduce((s, r) => s + (r[key] ? 1 / r[key] : 0), 0) / n).toFixed(3)}`;
    };
    const named = rows.filter((r) => r.named);
    console.log(`${set.name} ("${NAMES[set.name]}"): all ${rows.length}: ${line(rows, 'before')} -> ${line(rows, 'after')}; with the name ${named.length}: ${line(named, 'before')} -> ${line(named, 'after')}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
