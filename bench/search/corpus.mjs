/**
 * Synthetic FAQ entries for latency: a Zipf-distributed vocabulary of 3,000 words (rank r drawn
 * with probability ∝ 1/r), 8-word questions and 60-word answers, deterministic from a seed. The
 * words are the 3,000 commonest words of the real development sets, so stemming and stop words
 * behave as on real text. Typed queries are the first words of questions of random entries.
 */

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The `n` commonest words (3–12 letters) of the given texts, commonest first. */
export function vocabulary(texts, n = 3000) {
  const counts = new Map();
  for (const t of texts) for (const w of t.toLowerCase().match(/[a-z]{3,12}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([w]) => w);
}

/** Draws words with Zipf's law over `words` (index 0 commonest). */
function zipf(words, rand) {
  const cdf = [];
  let sum = 0;
  for (let r = 1; r <= words.length; r++) cdf.push((sum += 1 / r));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

/** `n` entries: 8-word questions, 60-word answers (two sentences). */
export function zipfEntries(n, words, seed = 42) {
  const rand = rng(seed);
  const draw = zipf(words, rand);
  const pick = (k) => Array.from({ length: k }, draw).join(' ');
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    question: `${cap(pick(8))}?`,
    answer: `${cap(pick(30))}. ${cap(pick(30))}.`,
  }));
}

/** Queries as typed: the first 3–5 words of the questions of `count` random entries. */
export function typedQueries(entries, count, seed = 7) {
  const rand = rng(seed);
  return Array.from({ length: count }, () => {
    const q = entries[Math.floor(rand() * entries.length)].question.replace(/\?$/, '').toLowerCase().split(' ');
    return q.slice(0, 3 + Math.floor(rand() * 3)).join(' ');
  });
}
