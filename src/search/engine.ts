import { englishStem } from './english-stem.js';
import { dutchStem } from './dutch-stem.js';
import { Bm25Index, type Bm25Params } from './bm25.js';
import { confidence, CONFIDENCE, type Evidence } from './confidence.js';
export type { Evidence } from './confidence.js';
import { fold, markdownToText, tokens } from './normalize.js';
import { EXPANSION, parseQuery, type Alternative, type QueryGroup } from './query.js';
import { STOP_WORDS, type SearchLanguage } from './stopwords.js';
import { WrittenWords } from './written.js';
import { NEGATION, pairNegations, withNegationPairs } from './negation.js';
import { withRelatedWords } from './related-words.js';

export type { SearchLanguage } from './stopwords.js';

/** One FAQ entry in the reader's language, as plain strings (the answer may be Markdown). */
export interface SearchDoc {
  id: string;
  question: string;
  answer: string;
  tags?: readonly string[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** The query equals the question (ignoring case, accents and punctuation). */
  exact: boolean;
  /** Indexed terms (stems) this entry matched, for highlighting. */
  terms: string[];
  /** Share of the query's weight (by rarity) this entry matched, 0..1. */
  coverage: number;
}

export interface SearchOutcome {
  query: string;
  /** The query's terms after folding, stop words and stemming. */
  terms: string[];
  /** The best hits, best first (at most the `limit` asked for). */
  hits: SearchHit[];
  /** How many entries match at all. */
  total: number;
  /** False when nothing is confidently relevant: the reader should be offered a person. */
  confident: boolean;
  /** What `confident` was decided on (see confidence.ts); for the benchmark and diagnostics. */
  evidence?: Evidence;
}

/**
 * Ranking parameters: BM25F field weights and constants (the textbook k1 and b), query expansion,
 * and the no-answer rule. Exported for the benchmark, which checks them on two data sets.
 */
export const TUNING: { bm25: Bm25Params; expansion: typeof EXPANSION; confidence: typeof CONFIDENCE } = {
  bm25: { weights: [3, 1, 0.25], k1: 1.2, b: 0.75, combine: 'bm25f', delta: 0 },

  expansion: EXPANSION,
  confidence: CONFIDENCE,
};

const STEMMERS: Record<SearchLanguage, (w: string) => string> = { en: englishStem, nl: dutchStem };

/** The search language for a BCP 47 tag: Dutch for `nl*`, else English. */
export function searchLanguage(tag: string | undefined): SearchLanguage {
  return (tag ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Folding, stop words and light stemming for one language; one function for index, query and highlight. */
export function termProcessor(lang: SearchLanguage): (word: string) => string | null {
  const stop = STOP_WORDS[lang];
  const stem = STEMMERS[lang];
  const cache = new Map<string, string | null>();
  return (word) => {
    let out = cache.get(word);
    if (out !== undefined) return out;
    const folded = fold(word);
    out = stop.has(folded) || folded.length === 0 ? null : stem(folded);
    if (cache.size < 50_000) cache.set(word, out);
    return out;
  };
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

function terms(process: (w: string) => string | null, text: string, written: WrittenWords): string[] {
  const out: string[] = [];
  for (const w of text.match(WORDS) ?? []) {
    written.raw.add(w);
    const p = process(w);
    if (p) out.push(p);
  }
  return out;
}

/** A question reduced to its folded words, for "the query is this very question". */
function exactKey(text: string): string {
  return tokens(fold(text))
    .map((t) => t.text)
    .join(' ');
}

/** Scores of the finished words of a query, kept while the reader types the next word. */
interface Partial {
  key: string;
  scores: Float64Array;
  matched: Uint32Array;
  touched: number[];
}

/**
 * FAQ search: BM25F over question, tags and answer with stemming, completion of the word being
 * typed, typo fallback for words that match nothing, Dutch compounds and separable verbs, and a
 * rule for "no answer". Build it with `buildIndex` (at once) or `buildIndexAsync` (in slices).
 */
export class FaqIndex {
  readonly lang: SearchLanguage;
  readonly process: (word: string) => string | null;
  private readonly bm25: Bm25Index;
  private readonly ids: string[] = [];
  private readonly exact = new Map<string, number>();
  private readonly expansions = new Map<string, Alternative[]>();
  private partial?: Partial;
  private scratch = new Float64Array(0);

  private readonly corrects: boolean | 'slips';
  private readonly written = new WrittenWords();

  /**
   * `options` for the open incidents' index (search/incidents.ts): other ranking parameters than TUNING.bm25, and
   * `corrections: 'slips'`, so a word is found as typed, completed or stemmed, or with a consonant typed twice or once too
   * few undone ("watter"), never through another spelling one edit away ("mail" is not "fail").
   */
  constructor(lang: SearchLanguage = 'en', options: { bm25?: Bm25Params; corrections?: boolean | 'slips' } = {}) {
    this.lang = lang;
    this.bm25 = new Bm25Index(options.bm25 ?? TUNING.bm25);
    this.corrects = options.corrections ?? true;
    this.process = termProcessor(lang);
  }

  /** Adds one entry (before `finish`). */
  add(d: SearchDoc): void {
    const p = this.process;
    const w = this.written;
    const no = p(NEGATION[this.lang])!;
    this.bm25.add([withNegationPairs(terms(p, d.question, w), no), withNegationPairs(terms(p, (d.tags ?? []).join(' '), w), no), withNegationPairs(terms(p, markdownToText(d.answer), w), no)]);
    this.ids.push(d.id);
    const key = exactKey(d.question);
    if (key && !this.exact.has(key)) this.exact.set(key, this.ids.length - 1);
  }

  finish(): this {
    for (const _ of this.finishing());
    return this;
  }

  /** Adds `docs` and finishes, one step per entry, for `buildIndexAsync`. */
  *building(docs: readonly SearchDoc[]): Generator<void> {
    for (const d of docs) {
      this.add(d);
      yield;
    }
    yield* this.finishing();
  }

  /** `finish()` in steps. */
  *finishing(): Generator<void> {
    yield* this.bm25.finishing();
    this.scratch = new Float64Array(this.bm25.docCount);
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Searches the entries; returns the best `limit` hits. The last word counts as a prefix while
   * the reader is still typing it (the query does not end in a space).
   */
  search(query: string, limit = Infinity): SearchOutcome {
    let groups = withRelatedWords(pairNegations(parseQuery(query, this.bm25, this.process, this.lang, this.expansions, this.written), this.bm25, this.process(NEGATION[this.lang])!), this.bm25, this.lang, this.process).slice(0, 31);
    if (this.corrects !== true) groups = groups.map((g) => ({ ...g, alternatives: g.alternatives.filter((a) => !a.typo || (this.corrects === 'slips' && a.slip)) }));
    const queryTerms = groups.map((g) => g.text);
    if (!groups.length) return { query, terms: [], hits: [], total: 0, confident: false };
    const { scores, matched, touched } = this.score(groups);
    const exactDoc = this.exact.get(exactKey(query));
    const top = topK(scores, touched, Math.min(limit, touched.length), exactDoc);
    const idfs = groups.map((g) => groupIdf(g, this.bm25));
    const total = idfs.reduce((a, b) => a + b, 0);
    const wanted = new Set(groups.flatMap((g) => g.alternatives.map((a) => a.term)));
    const hits = top.map((d): SearchHit => {
      let covered = 0;
      for (let g = 0; g < groups.length; g++) if (matched[d]! & (1 << g)) covered += idfs[g]!;
      return { id: this.ids[d]!, score: scores[d]!, exact: d === exactDoc, terms: this.matchedTerms(d, wanted), coverage: total ? covered / total : 0 };
    });
    const evidence: Evidence = { hits, second: top.length > 1 ? scores[top[1]!]! : secondBest(scores, touched, top[0]), ideal: idealScore(idfs) };
    const confident = confidence(evidence);
    // Without a clear answer a correction is a guess, not a word of the reader's: "lost property" marked "last" in a
    // night-bus answer (trial O). Only what was typed (or is being completed) is marked then.
    if (!confident) {
      const typed = new Set(groups.flatMap((g) => g.alternatives.filter((a) => !a.typo).map((a) => a.term)));
      hits.forEach((h, i) => (h.terms = this.matchedTerms(top[i]!, typed)));
    }
    return { query, terms: queryTerms, hits, total: touched.length, confident, evidence };
  }

  /** Adds up group scores; reuses the finished words' scores while the last word is being typed. */
  private score(groups: QueryGroup[]): Partial {
    const n = this.bm25.docCount;
    const last = groups[groups.length - 1]!;
    const fixed = last.prefix ? groups.slice(0, -1) : groups;
    const key = fixed.map((g) => g.text).join(' ');
    if (this.partial?.key !== key) {
      const base: Partial = { key, scores: new Float64Array(n), matched: new Uint32Array(n), touched: [] };
      fixed.forEach((g, i) => this.addGroup(g, i, base));
      this.partial = base;
    }
    if (!last.prefix) return this.partial;
    const p = this.partial;
    const out: Partial = { key, scores: p.scores.slice(), matched: p.matched.slice(), touched: p.touched.slice() };
    this.addGroup(last, groups.length - 1, out);
    return out;
  }

  private addGroup(group: QueryGroup, bit: number, into: Partial): void {
    const g = this.scratch;
    const touched: number[] = [];
    for (const a of group.alternatives) this.bm25.scoreMax(a.term, a.weight, g, touched);
    for (const d of touched) {
      if (into.scores[d] === 0) into.touched.push(d);
      into.scores[d]! += g[d]!;
      into.matched[d]! |= 1 << bit;
      g[d] = 0;
    }
  }

  /** The indexed terms of one entry that the query matched. */
  private matchedTerms(doc: number, wanted: Set<number>): string[] {
    const out: string[] = [];
    for (const t of this.bm25.docTerms[doc]!) if (wanted.has(t)) out.push(this.bm25.terms[t]!.split(' ')[0]!); // a negation's pair (negation.ts): its negation
    return out;
  }
}

/**
 * A group's weight: the idf of its rarest alternative, or of an unseen word when it has none. A
 * typo correction weighs fully here, so the ideal is that of the word found as typed and a
 * correction, scored at `EXPANSION.typo`, also counts less towards "an answer".
 */
function groupIdf(g: QueryGroup, index: Bm25Index): number {
  let best = 0;
  for (const a of g.alternatives) best = Math.max(best, (a.typo ? 1 : a.weight) * index.idf(a.term));
  return g.alternatives.length ? best : index.maxIdf();
}

/** The score of an entry holding every query word once, in a question of average length. */
function idealScore(idfs: number[]): number {
  const { weights, k1 } = TUNING.bm25;
  const w = weights[0];
  return idfs.reduce((s, idf) => s + (idf * (w * (k1 + 1))) / (k1 + w), 0);
}

function secondBest(scores: Float64Array, touched: number[], first: number | undefined): number {
  let best = 0;
  for (const d of touched) if (d !== first && scores[d]! > best) best = scores[d]!;
  return best;
}

/** The `k` best entries, best first; the exact question (if any) leads. */
function topK(scores: Float64Array, touched: number[], k: number, exact: number | undefined): number[] {
  const better = (a: number, b: number) => (a === exact) !== (b === exact) ? a === exact : scores[a]! !== scores[b]! ? scores[a]! > scores[b]! : a < b;
  if (k <= 0) return [];
  if (k >= touched.length) return touched.slice().sort((a, b) => (better(a, b) ? -1 : 1));
  // A min-heap of the best k seen so far.
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m]!, heap[l]!)) m = l;
      if (r < heap.length && better(heap[m]!, heap[r]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const d of touched) {
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!better(heap[p]!, heap[i]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (better(d, heap[0]!)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
