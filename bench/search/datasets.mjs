/**
 * Development sets for the search bench, each as {name, lang, source, entries, queries} with
 * queries as {q, id} (the entry that must be found).
 *
 * - stackfaq: ../shared/data/stackfaq.json (not in the repository; skipped when missing).
 * - banking77: test/fixtures/search/banking77/faq.json (committed; real queries, CC BY 4.0; see its README.md).
 * - nl: demo/faq.json (Dutch texts) + bench/data/nl-energy-faq.json, queries in bench/data/nl-queries.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

export function loadDatasets(repo) {
  const out = [];
  // ../shared beside the clone (CI, /work/main); ../../shared from a worktree under /work/wt/.
  const stack = [join(repo, '../shared/data/stackfaq.json'), join(repo, '../../shared/data/stackfaq.json')].find((f) => existsSync(f));
  if (stack) {
    const entries = read(stack).entries;
    out.push({
      name: 'stackfaq',
      lang: 'en',
      source: '../shared/data/stackfaq.json (StackFAQ)',
      entries: entries.map(({ id, question, answer }) => ({ id, question, answer })),
      queries: entries.flatMap((e) => e.queries.map((q) => ({ q, id: e.id }))),
    });
  }
  const banking = read(join(repo, 'test/fixtures/search/banking77/faq.json'));
  out.push({ name: 'banking77', lang: 'en', source: `test/fixtures/search/banking77/faq.json (${banking.source}; ${banking.licence})`, entries: banking.entries, queries: banking.queries });
  const demo = read(join(repo, 'demo/faq.json')).entries;
  const energy = read(join(repo, 'bench/data/nl-energy-faq.json')).entries;
  const nlText = (x) => (typeof x === 'string' ? x : x.nl);
  const entries = [
    ...demo.map((e) => ({ id: e.id, question: nlText(e.question), answer: nlText(e.answer), tags: e.tags })),
    ...energy,
  ];
  const queries = Object.entries(read(join(repo, 'bench/data/nl-queries.json')).queries).flatMap(([id, qs]) => qs.map((q) => ({ q, id })));
  for (const q of queries) if (!entries.some((e) => e.id === q.id)) throw new Error(`nl-queries.json: unknown entry ${q.id}`);
  out.push({ name: 'nl', lang: 'nl', source: 'demo/faq.json (Dutch) + bench/data/nl-energy-faq.json, queries bench/data/nl-queries.json', entries, queries });
  return out;
}
