/**
 * A compact BM25F inverted index over three fields (question, tags, answer), in typed arrays so
 * that scoring 10,000 entries takes a few milliseconds. BM25F (Robertson & Zaragoza): per entry
 * and term, the field frequencies are weighted and length-normalised per field, summed, and
 * saturated once; the score is that times the term's inverse document frequency. Everything that
 * does not depend on the query is computed once in `finish()`.
 */
import { sortInSteps } from './slices.js';

/** Field weights and BM25 constants. */
export interface Bm25Params {
  /** Weight of a word in the question, tags and answer. */
  weights: readonly [question: number, tags: number, answer: number];
  k1: number;
  b: number;
  /** `bm25f`: weigh field frequencies, then saturate once; `fields`: saturate per field, then add. */
  combine: 'bm25f' | 'fields';
  /** BM25+ lower bound for a term present at all (0: plain BM25). */
  delta: number;
  /**
   * `flat`: every word weighs 1, found or not. For the open incidents searched beside the FAQ (search/incidents.ts):
   * among two or three incidents, how many hold a word says nothing about how telling it is. Default: BM25's idf.
   */
  idf?: 'bm25' | 'flat';
}

export const FIELD_COUNT = 3;

/** Postings per step of `finishing()`. */
const POSTINGS_PER_STEP = 8192;
const EMPTY: number[] = [];

export class Bm25Index {
  /** Indexed term -> term number. */
  readonly ids = new Map<string, number>();
  /** Term number -> term. */
  readonly terms: string[] = [];
  /** Indexed terms in code-unit order, for prefix and typo look-ups. */
  sorted: string[] = [];
  docCount = 0;
  /** Per term: entry numbers (ascending) and the saturated weighted term frequency per posting. */
  private docs: Int32Array[] = [];
  private sat: Float32Array[] = [];
  // Build-time buffers, dropped by finish().
  private bDocs: number[][] = [];
  private bTf: number[][] = [];
  private lengths: number[][] = [[], [], []];
  /** Term numbers of each entry (all fields, once each), for highlighting. */
  readonly docTerms: Int32Array[] = [];
  /** Term numbers of each entry's question in order, for phrase (adjacency) matches. */
  readonly questions: Int32Array[] = [];

  constructor(private readonly params: Bm25Params) {}

  /** Adds one entry from its processed terms per field; returns its number. */
  add(fields: readonly [string[], string[], string[]]): number {
    const doc = this.docCount++;
    const seen = new Map<number, number[]>();
    fields.forEach((terms, f) => {
      // A term with a space is a negation's pair (negation.ts): an extra term, not a word of the field's length.
      this.lengths[f]!.push(terms.reduce((n, t) => n + +!t.includes(' '), 0));
      for (const t of terms) {
        let id = this.ids.get(t);
        if (id === undefined) {
          id = this.terms.length;
          this.ids.set(t, id);
          this.terms.push(t);
          this.bDocs.push([]);
          this.bTf.push([]);
        }
        let tf = seen.get(id);
        if (!tf) seen.set(id, (tf = [0, 0, 0]));
        tf[f]!++;
      }
    });
    const all = new Int32Array(seen.size);
    let i = 0;
    for (const [id, tf] of seen) {
      all[i++] = id;
      this.bDocs[id]!.push(doc);
      this.bTf[id]!.push(tf[0]!, tf[1]!, tf[2]!);
    }
    this.docTerms.push(all);
    this.questions.push(Int32Array.from(fields[0], (t) => this.ids.get(t)!));
    return doc;
  }

  /** Computes length normalisation and saturation once; the index is read-only afterwards. */
  finish(): void {
    for (const _ of this.finishing());
  }

  /**
   * `finish()` in steps of at most about `POSTINGS_PER_STEP` postings (a few milliseconds at
   * most), for building without long tasks; the last steps sort the vocabulary.
   */
  *finishing(): Generator<void> {
    const { weights, k1, b, combine } = this.params;
    const n = Math.max(1, this.docCount);
    const avg = this.lengths.map((l) => Math.max(1, l.reduce((s, x) => s + x, 0) / n));
    // Per field and entry: 1 / (1 - b + b × length / average length).
    const norm = this.lengths.map((l, f) => Float32Array.from(l, (len) => 1 / (1 - b + (b * len) / avg[f]!)));
    yield;
    let work = 0;
    for (let t = 0; t < this.terms.length; t++) {
      const docs = this.bDocs[t]!;
      const tf = this.bTf[t]!;
      const sat = new Float32Array(docs.length);
      for (let p = 0; p < docs.length; p++) {
        const d = docs[p]!;
        if (combine === 'bm25f') {
          let w = 0;
          for (let f = 0; f < FIELD_COUNT; f++) w += weights[f]! * tf[p * FIELD_COUNT + f]! * norm[f]![d]!;
          sat[p] = (w * (k1 + 1)) / (k1 + w) + this.params.delta;
        } else {
          let s = 0;
          for (let f = 0; f < FIELD_COUNT; f++) {
            const w = tf[p * FIELD_COUNT + f]! * norm[f]![d]!;
            if (w > 0) s += weights[f]! * ((w * (k1 + 1)) / (k1 + w) + this.params.delta);
          }
          sat[p] = s;
        }
      }
      this.docs.push(Int32Array.from(docs));
      this.sat.push(sat);
      // Free the build buffers as we go (one big release at the end is a long GC pause).
      this.bDocs[t] = EMPTY;
      this.bTf[t] = EMPTY;
      work += docs.length + 16;
      if (work >= POSTINGS_PER_STEP) {
        work = 0;
        yield;
      }
    }
    this.bDocs = [];
    this.bTf = [];
    this.lengths = [[], [], []];
    yield;
    // Without the pairs: they are found whole, never completed or corrected.
    this.sorted = yield* sortInSteps(this.terms.filter((t) => !t.includes(' ')));
  }

  df(term: number): number {
    return this.docs[term]?.length ?? 0;
  }

  /** Inverse document frequency (BM25's, never negative). */
  idf(term: number): number {
    if (this.params.idf === 'flat') return 1;
    const df = this.df(term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** The idf a term found in no entry would have: the most a single term can weigh. */
  maxIdf(): number {
    if (this.params.idf === 'flat') return 1;
    return Math.log(1 + (this.docCount + 0.5) / 0.5);
  }

  /**
   * Adds `weight × idf × saturation` of the term to `into` for every entry holding it, keeping the
   * larger value where `into` already has one (alternatives of one query word count once).
   * Returns the entries touched for the first time.
   */
  scoreMax(term: number, weight: number, into: Float64Array, touched: number[]): void {
    const docs = this.docs[term]!;
    const sat = this.sat[term]!;
    const w = weight * this.idf(term);
    for (let p = 0; p < docs.length; p++) {
      const d = docs[p]!;
      const v = w * sat[p]!;
      const old = into[d]!;
      if (old === 0) touched.push(d);
      if (v > old) into[d] = v;
    }
  }

  /** Indexed terms starting with `prefix` (in code-unit order). */
  withPrefix(prefix: string): string[] {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < s.length && s[i]!.startsWith(prefix); i++) out.push(s[i]!);
    return out;
  }
}
