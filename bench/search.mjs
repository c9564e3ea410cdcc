#!/usr/bin/env node
/**
 * FAQ search benchmark (part of `npm run bench`; alone: `node bench/search.mjs`).
 *
 * - Relevance on every development set (bench/search/datasets.mjs: StackFAQ, Banking77, Dutch):
 *   top-1, top-5, MRR for clearline, MiniSearch (defaults) and Fuse.js (defaults); no-answer rates
 *   for answerable queries and with the right entry removed; a leave-one-set-out split check.
 * - Keystroke to rendered results in Chromium at 1,000 and 10,000 Zipf entries, with the longest
 *   task while the index is built (bench/search/latency.mjs).
 *
 *   node bench/search.mjs                  everything; writes bench/search-results.json
 *   node bench/search.mjs --no-browser     relevance only
 *   node bench/search.mjs --latency-only   re-measure latency only, keeping the relevance figures in the results file
 *   node bench/search.mjs --src=DIR --out=FILE   measure another checkout's engine and element
 *                                          (used once for the "before" figures in bench/search-before.json)
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vocabulary } from './search/corpus.mjs';
import { loadDatasets } from './search/datasets.mjs';
import { runLatency } from './search/latency.mjs';
import { noAnswerCheck } from './search/noanswer.mjs';
import { relevance } from './search/relevance.mjs';
import { splitCheck } from './search/split.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function loadEngine(srcRoot, dir) {
  const out = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(srcRoot, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', nodePaths: [join(srcRoot, 'node_modules')] });
  return import(pathToFileURL(out).href);
}

async function latency(sets, srcRoot) {
  const words = vocabulary(sets.filter((s) => s.lang === 'en').flatMap((s) => s.entries.flatMap((e) => [e.question, e.answer])));
  return { corpus: 'Zipf (s = 1) over the 3,000 commonest words of the English sets; 8-word questions, 60-word answers; typed: first 3–5 words of 25 random questions, 30 ms between keys', ...(await runLatency({ srcRoot, pageFile: join(repo, 'bench/search-page.ts'), words })) };
}

export async function runSearchBench({ browser = true, latencyOnly = false, srcRoot = repo, out = join(repo, 'bench/search-results.json'), log = console.error } = {}) {
  const sets = loadDatasets(repo);
  if (latencyOnly) {
    const results = JSON.parse(await readFile(out, 'utf8'));
    log('  latency in Chromium (1,000 and 10,000 entries)');
    results.latency = { ...(await latency(sets, srcRoot)), date: new Date().toISOString() };
    await writeFile(out, JSON.stringify(results, null, 2) + '\n');
    return results;
  }
  const dir = await mkdtemp(join(tmpdir(), 'clearline-bench-'));
  try {
    const engine = await loadEngine(srcRoot, dir);
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      source: srcRoot === repo ? 'this checkout' : srcRoot,
      sets: Object.fromEntries(sets.map((s) => [s.name, { source: s.source, lang: s.lang, entries: s.entries.length, queries: s.queries.length }])),
      relevance: {},
    };
    for (const s of sets) {
      log(`  relevance: ${s.name}`);
      results.relevance[s.name] = relevance(engine, s);
    }
    if (engine.TUNING?.bm25?.weights) {
      log('  split check');
      results.split_check = splitCheck(engine, sets);
      log('  no-answer check (leave-one-set-out)');
      results.no_answer_check = noAnswerCheck(engine, sets);
    }
    if (browser) {
      log('  latency in Chromium (1,000 and 10,000 entries)');
      results.latency = await latency(sets, srcRoot);
    }
    await writeFile(out, JSON.stringify(results, null, 2) + '\n');
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const results = await runSearchBench({ browser: !process.argv.includes('--no-browser'), latencyOnly: process.argv.includes('--latency-only'), srcRoot: arg('src') ? resolve(arg('src')) : repo, out: arg('out') ? resolve(arg('out')) : undefined });
  console.log(JSON.stringify(results, null, 2));
}
