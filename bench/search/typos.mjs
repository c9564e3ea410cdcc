#!/usr/bin/env node
/**
 * Short-word typos on the development sets (alone: `node bench/search/typos.mjs [--src=DIR]`; not
 * part of `npm run bench`). The sets hold few typos of short words, so their top-1 cannot show
 * whether "gass" still finds gas. Two checks, on every set:
 *
 * - Slips: every query with one word of 3 letters whose stem the FAQ has, typed wrong in one of
 *   three ways (last letter twice: "gass"; first letter twice: "ggas"; 2nd and 3rd swapped: "gsa"),
 *   beside the same queries typed right: top-1, top-5, MRR of the right entry.
 * - Real words: words of 3 to 5 letters from the same language's sets and demo FAQs that the FAQ
 *   does not have, typed alone: how many find an entry anyway (a correction of a real word).
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
const KINDS = { last: (w) => w + w.at(-1), first: (w) => w[0] + w, swap: (w) => w[0] + w[2] + w[1] };

function slipCases(engine, set, index) {
  const cases = Object.fromEntries(Object.keys(KINDS).map((k) => [k, []]));
  for (const { q, id } of set.queries) {
    const parts = q.split(/(\s+)/);
    parts.forEach((part, i) => {
      const w = engine.fold(part);
      if (!/^\p{L}{3}$/u.test(w) || !index.process(w) || !index.search(`${w} `).hits.length) return;
      for (const [kind, slip] of Object.entries(KINDS)) {
        const typo = slip(w);
        // A slip the stemmer already undoes ("gass" in Dutch) is no typo for the engine.
        if (index.process(typo) !== index.process(w)) cases[kind].push({ q: parts.map((x, j) => (j === i ? typo : x)).join('') + ' ', right: q, id });
      }
    });
  }
  return cases;
}

const rank = (index, q, id) => index.search(q, 100).hits.map((h) => h.id).indexOf(id) + 1;

function realWords(engine, sets, set, index) {
  const texts = sets.filter((s) => s.lang === set.lang).flatMap((s) => [...s.entries.flatMap((e) => [e.question, e.answer]), ...s.queries.map((x) => x.q)]);
  for (const file of ['demo/faq.json', 'demo/energy/faq.json'])
    for (const e of JSON.parse(readFileSync(join(repo, file), 'utf8')).entries) for (const k of ['question', 'answer']) if (typeof e[k] === 'object') texts.push(e[k][set.lang]);
  const words = new Set(texts.flatMap((t) => engine.tokens(engine.fold(t)).map((x) => x.text)).filter((w) => /^\p{L}{3,5}$/u.test(w)));
  // Found, but not through the word itself (nor through the halves of a Dutch compound).
  const corrected = [...words].filter((w) => {
    const o = index.search(`${w} `, 1);
    return o.terms.length === 1 && o.hits.length > 0 && !o.hits[0].terms.includes(o.terms[0]);
  });
  return { words: words.size, corrected: corrected.length, examples: corrected.slice(0, 12) };
}

export function typoCheck(engine, sets) {
  return Object.fromEntries(
    sets.map((set) => {
      const index = engine.buildIndex(set.entries, set.lang);
      const slips = Object.fromEntries(
        Object.entries(slipCases(engine, set, index)).map(([kind, cases]) => [
          kind,
          { typed_wrong: score(cases.map((c) => rank(index, c.q, c.id))), typed_right: score(cases.map((c) => rank(index, c.right, c.id))) },
        ]),
      );
      return [set.name, { slips, real_words: realWords(engine, sets, set, index) }];
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const src = resolve(process.argv.find((a) => a.startsWith('--src='))?.slice(6) ?? repo);
  const dir = await mkdtemp(join(tmpdir(), 'clearline-typos-'));
  try {
    const out = join(dir, 'engine.mjs');
    await build({ entryPoints: [join(src, 'src/search/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error', nodePaths: [join(repo, 'node_modules')] });
    console.log(JSON.stringify({ source: src, ...typoCheck(await import(pathToFileURL(out).href), loadDatasets(repo)) }, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
