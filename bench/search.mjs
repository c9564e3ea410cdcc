#!/usr/bin/env node
/**
 * FAQ search benchmark: relevance on StackFAQ (../shared/data/stackfaq.json) for the clearline
 * engine, Fuse.js (default options) and minisearch (default options), all in one run; index build
 * time for 1,000 and 10,000 synthetic entries; keystroke-to-results p50/p95 at 10,000 entries in
 * headless Chromium (puppeteer-core). Writes bench/search-results.json.
 *
 *   node bench/search.mjs            # everything
 *   node bench/search.mjs --no-browser
 */
import { build } from 'esbuild';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(repo, '../shared/data/stackfaq.json');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Bundles the pure search module for Node. */
async function loadEngine(dir) {
  const out = join(dir, 'search.mjs');
  await build({ entryPoints: [join(repo, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  return import(pathToFileURL(out).href);
}

function score(ranks) {
  const n = ranks.length;
  const top1 = ranks.filter((r) => r === 1).length / n;
  const top5 = ranks.filter((r) => r > 0 && r <= 5).length / n;
  const mrr = ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n;
  return { queries: n, top1: round(top1), top5: round(top5), mrr: round(mrr) };
}

const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Rank (1-based, 0 = not found) of the right entry for every query. */
function ranksFor(entries, search) {
  const ranks = [];
  for (const e of entries) for (const q of e.queries) {
    const ids = search(q);
    ranks.push(ids.indexOf(e.id) + 1);
  }
  return ranks;
}

export async function relevance(engine, entries) {
  const ours = engine.buildIndex(entries, 'en');
  const fuse = new Fuse(entries, { keys: ['question', 'answer'] });
  const mini = new MiniSearch({ fields: ['question', 'answer'] });
  mini.addAll(entries);
  const oursRanks = ranksFor(entries, (q) => ours.search(q).hits.map((h) => h.id));
  const result = {
    clearline: score(oursRanks),
    fuse_default: score(ranksFor(entries, (q) => fuse.search(q).map((r) => r.item.id))),
    minisearch_default: score(ranksFor(entries, (q) => mini.search(q).map((r) => r.id))),
  };
  // Confidence rule: queries whose entry is in the index should be answered; with the entry
  // left out of the index (so no right answer exists), "no answer" is the right outcome.
  let confidentRight = 0;
  let confidentWrong = 0;
  let total = 0;
  for (const e of entries) for (const q of e.queries) {
    const out = ours.search(q);
    total++;
    if (out.confident) (out.hits[0]?.id === e.id ? confidentRight++ : confidentWrong++);
  }
  let heldOutNoAnswer = 0;
  let heldOutTotal = 0;
  for (const e of entries) {
    const idx = engine.buildIndex(entries.filter((x) => x !== e), 'en');
    for (const q of e.queries) {
      heldOutTotal++;
      if (!idx.search(q).confident) heldOutNoAnswer++;
    }
  }
  result.confidence = {
    answered_and_right: round(confidentRight / total),
    answered_but_wrong: round(confidentWrong / total),
    no_answer_when_entry_missing: round(heldOutNoAnswer / heldOutTotal),
  };
  return result;
}

/** Deterministic synthetic entries built from the StackFAQ vocabulary (or a fixed word list). */
export function syntheticEntries(n, words) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pick = (k) => Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    question: `${pick(4 + Math.floor(rand() * 6))}?`,
    answer: `${pick(20 + Math.floor(rand() * 40))}. ${pick(10 + Math.floor(rand() * 30))}.`,
    tags: [pick(1), pick(1)],
  }));
}

function buildTimes(engine, words) {
  const out = {};
  for (const n of [1000, 10000]) {
    const docs = syntheticEntries(n, words);
    engine.buildIndex(docs.slice(0, 200), 'en'); // warm up the JIT
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      engine.buildIndex(docs, 'en');
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out[n] = { median_ms: round(times[2], 1), min_ms: round(times[0], 1) };
  }
  return out;
}

/** Keystroke-to-results in headless Chromium, with the real element and 10,000 entries. */
async function browserTimes(dir, words, queries) {
  const { default: puppeteer } = await import('puppeteer-core');
  await build({
    entryPoints: [join(repo, 'bench/search-page.ts')],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: join(dir, 'www'),
    minify: true,
    tsconfig: join(repo, 'tsconfig.json'),
    logLevel: 'error',
  });
  await writeFile(join(dir, 'www/index.html'), '<!doctype html><html lang="en"><body><script type="module" src="search-page.js"></script></body></html>');
  await writeFile(join(dir, 'www/entries.json'), JSON.stringify(syntheticEntries(10000, words)));
  const server = createServer(async (req, res) => {
    try {
      const file = join(dir, 'www', new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/json' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const userDataDir = await mkdtemp(join(tmpdir(), 'clearline-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction('window.benchReady === true', { timeout: 60000 });
    const buildMs = await page.evaluate('window.benchBuildMs');
    const input = await page.evaluateHandle(() => document.querySelector('clearline-faq').shadowRoot.querySelector('input[type=search]'));
    await input.focus();
    await page.waitForFunction('window.benchIndexed === true', { timeout: 60000 });
    for (const q of queries) {
      await page.evaluate(() => window.benchClear());
      await input.type(q, { delay: 30 });
      await page.evaluate(() => window.benchSettle());
    }
    const times = (await page.evaluate('window.benchTimes')).sort((a, b) => a - b);
    const at = (p) => round(times[Math.min(times.length - 1, Math.floor(p * times.length))], 2);
    return { keystrokes: times.length, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: round(times[times.length - 1], 2), index_build_10000_in_chromium_ms: buildMs };
  } finally {
    await browser.close();
    server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export async function runSearchBench({ browser = true } = {}) {
  if (!existsSync(DATA)) {
    console.log(`search bench skipped: ${DATA} is missing`);
    return { skipped: `missing ${DATA}` };
  }
  const data = JSON.parse(await readFile(DATA, 'utf8'));
  const entries = data.entries;
  const dir = await mkdtemp(join(tmpdir(), 'clearline-bench-'));
  try {
    const engine = await loadEngine(dir);
    const words = [...new Set(entries.flatMap((e) => `${e.question} ${e.answer}`.toLowerCase().match(/[a-z]{3,12}/g) ?? []))];
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      data: { file: '../shared/data/stackfaq.json', entries: entries.length, queries: entries.reduce((n, e) => n + e.queries.length, 0) },
      relevance: await relevance(engine, entries),
      build_node: buildTimes(engine, words),
    };
    if (browser) {
      const typed = entries.slice(0, 25).map((e) => e.queries[0].slice(0, 30));
      results.keystroke_chromium_10000 = await browserTimes(dir, words, typed);
    }
    results.targets = {
      top1_ge_0_70: results.relevance.clearline.top1 >= 0.7,
      top5_ge_0_90: results.relevance.clearline.top5 >= 0.9,
      build_1000_lt_100ms: results.build_node[1000].median_ms < 100,
      keystroke_p95_le_16ms: results.keystroke_chromium_10000 ? results.keystroke_chromium_10000.p95_ms <= 16 : null,
    };
    await writeFile(join(repo, 'bench/search-results.json'), JSON.stringify(results, null, 2) + '\n');
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runSearchBench({ browser: !process.argv.includes('--no-browser') });
  console.log(JSON.stringify(results, null, 2));
}
