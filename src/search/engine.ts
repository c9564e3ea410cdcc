import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import MiniSearch, { type SearchResult } from 'minisearch';
import { fold, markdownToText, tokens } from './normalize.js';
import { STOP_WORDS } from './stopwords.js';

/** One FAQ entry in the reader's language, as plain strings (the answer may be Markdown). */
export interface SearchDoc {
  id: string;
  question: string;
  answer: string;
  tags?: readonly string[];
}

export type SearchLanguage = keyof typeof STOP_WORDS;

export interface SearchHit {
  id: string;
  score: number;
  /** The query equals the question (ignoring case, accents and punctuation). */
  exact: boolean;
  /** The question holds all the query's terms in a row. */
  phrase: boolean;
  /** Indexed terms (stems) this entry matched, for highlighting. */
  terms: string[];
  /** Share of the query's weight (by rarity) this entry matched, 0..1. */
  coverage: number;
}

export interface SearchOutcome {
  query: string;
  /** The query's terms after folding, stop words and stemming. */
  terms: string[];
  hits: SearchHit[];
  /** False when nothing is confidently relevant: the reader should be offered a person. */
  confident: boolean;
}

/** Ranking parameters, tuned on bench/ data (see bench/search.mjs); exported for the benchmark. */
export const TUNING = {
  boost: { question: 3, tags: 2, answer: 1 },
  /** Score multiplier per adjacent query-term pair found adjacent in the question. */
  phrase: 0.1,
  /** Rank entries whose question holds the whole query as a phrase (2+ terms) before the rest. */
  phraseFirst: true,
  /** Typo tolerance for every term instead of only for terms that match nothing (for the benchmark's ablation). */
  fuzzyAll: false,
  /** An entry is a confident answer when it covers at least this share of the query's weight. */
  minCoverage: 0.5,
  prefixWeight: 0.4,
  fuzzyWeight: 0.4,
};

const STEMMERS: Record<SearchLanguage, (w: string) => string> = { en: englishStemmer, nl: dutchStemmer };

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

const terms = (process: (w: string) => string | null, text: string): string[] => {
  const out: string[] = [];
  for (const w of text.match(WORDS) ?? []) {
    const p = process(w);
    if (p) out.push(p);
  }
  return out;
};

const lowerBound = (sorted: string[], key: string) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * A BM25 index of FAQ entries (minisearch) with the extras a stressed reader needs: prefix matching
 * for the word being typed, typo tolerance only for words that match nothing, phrase and
 * exact-question matches first, and a confidence rule for "no answer".
 */
export class FaqIndex {
  readonly lang: SearchLanguage;
  readonly process: (word: string) => string | null;
  private readonly mini: MiniSearch<{ id: string; question: string; tags: string; answer: string }>;
  /** Document frequency per term. */
  private readonly df = new Map<string, number>();
  private readonly questionTerms = new Map<string, string[]>();
  private readonly exactKeys = new Map<string, string>();
  private vocabulary: string[] = [];
  private readonly count: number;

  constructor(docs: readonly SearchDoc[], lang: SearchLanguage = 'en') {
    this.lang = lang;
    this.process = termProcessor(lang);
    this.mini = new MiniSearch({
      fields: ['question', 'tags', 'answer'],
      // Fields arrive already processed (space-separated terms), so that each word is stemmed once.
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t || null,
      searchOptions: {
        boost: TUNING.boost,
        weights: { prefix: TUNING.prefixWeight, fuzzy: TUNING.fuzzyWeight },
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t || null,
      },
    });
    const rows = docs.map((d) => {
      const question = terms(this.process, d.question);
      const tags = terms(this.process, (d.tags ?? []).join(' '));
      const answer = terms(this.process, markdownToText(d.answer));
      for (const t of new Set([...question, ...tags, ...answer])) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.questionTerms.set(d.id, question);
      const key = exactKey(d.question);
      if (key && !this.exactKeys.has(key)) this.exactKeys.set(key, d.id);
      return { id: d.id, question: question.join(' '), tags: tags.join(' '), answer: answer.join(' ') };
    });
    this.mini.addAll(rows);
    this.vocabulary = [...this.df.keys()].sort();
    this.count = docs.length;
  }

  get size(): number {
    return this.count;
  }

  /** True when some indexed term equals `term`, or (with `prefix`) starts with it. */
  private known(term: string, prefix: boolean): boolean {
    if (this.df.has(term)) return true;
    if (!prefix) return false;
    const next = this.vocabulary[lowerBound(this.vocabulary, term)];
    return next !== undefined && next.startsWith(term);
  }

  private idf(term: string): number {
    return Math.log(1 + this.count / ((this.df.get(term) ?? 0) + 0.5));
  }

  /**
   * Searches the entries. The last word counts as a prefix while the reader is still typing it
   * (the query does not end in a space); words that match nothing get typo tolerance.
   */
  search(query: string, limit = Infinity): SearchOutcome {
    const words = tokens(query);
    const typing = words.length > 0 && words[words.length - 1]!.end === query.length;
    const queryTerms: string[] = [];
    let lastIsPrefix = false;
    words.forEach((w, i) => {
      const p = this.process(w.text);
      if (!p) return;
      if (i === words.length - 1 && typing) {
        // Prefix on what was typed, not on its stem: "accou" must reach "account".
        const folded = fold(w.text);
        queryTerms.push(folded.length >= p.length ? p : folded);
        lastIsPrefix = true;
      } else {
        queryTerms.push(p);
      }
    });
    const unique = [...new Set(queryTerms)];
    if (unique.length === 0) return { query, terms: [], hits: [], confident: false };
    const lastTerm = queryTerms[queryTerms.length - 1];
    const isPrefix = (t: string) => lastIsPrefix && t === lastTerm && t.length >= 2;
    const unknown = new Set(unique.filter((t) => !this.known(t, isPrefix(t))));
    // A misspelt word is often stemmed differently ("compensaton" keeps its ending), so besides
    // edit distance an unknown word also matches the longest indexed stem it starts with.
    const alias = new Map<string, string>();
    if (this.lang === 'nl') {
      // Dutch splits verbs: "omboeken" is asked, "Hoe boek ik om?" is written.
      for (const t of unique) {
        const prefix = SEPARABLE_PREFIXES.find((p) => t.startsWith(p) && t.length - p.length >= 3);
        const rest = prefix && t.slice(prefix.length);
        if (rest && this.df.has(rest) && !unique.includes(rest)) alias.set(rest, t);
      }
    }
    for (const t of unknown) {
      // Two swapped neighbours ("refnud") are the commonest typo on a phone, but two edits apart.
      const swapped = transpositions(t).find((s) => this.df.has(s) && !unique.includes(s));
      if (swapped) {
        alias.set(swapped, t);
        continue;
      }
      for (let n = t.length - 1; n >= Math.max(4, Math.ceil(t.length * 0.6)); n--) {
        const stem = t.slice(0, n);
        if (this.df.has(stem) && !unique.includes(stem)) {
          alias.set(stem, t);
          break;
        }
      }
    }
    const results = this.mini.search([...unique, ...alias.keys()].join(' '), {
      prefix: (t) => isPrefix(t),
      fuzzy: (t) => (TUNING.fuzzyAll || unknown.has(t) ? (t.length >= 8 ? 2 : t.length >= 4 ? 1 : false) : false),
    });
    const weight = new Map(unique.map((t) => [t, unknown.has(t) ? this.idf('') : this.idf(t)]));
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    const key = exactKey(query);
    const hits = results.map((r) => this.hit(r, unique, alias, weight, total, key));
    const tier = (h: SearchHit) => (h.exact ? 2 : h.phrase && TUNING.phraseFirst ? 1 : 0);
    hits.sort((a, b) => tier(b) - tier(a) || b.score - a.score);
    const top = hits[0];
    const confident = !!top && (top.exact || top.coverage >= TUNING.minCoverage);
    return { query, terms: unique, hits: hits.slice(0, limit), confident };
  }

  private hit(r: SearchResult, query: string[], alias: Map<string, string>, weight: Map<string, number>, total: number, key: string): SearchHit {
    const id = r.id as string;
    const matchedTerms = new Set(r.queryTerms.map((t) => alias.get(t) ?? t));
    let matched = 0;
    for (const t of matchedTerms) matched += weight.get(t) ?? 0;
    let score = r.score;
    let phrase = false;
    if (query.length > 1) {
      const q = this.questionTerms.get(id) ?? [];
      const pairs = new Set<string>();
      for (let i = 1; i < q.length; i++) pairs.add(`${q[i - 1]} ${q[i]}`);
      let found = 0;
      for (let i = 1; i < query.length; i++) if (pairs.has(`${query[i - 1]} ${query[i]}`)) found++;
      score *= 1 + TUNING.phrase * found;
      phrase = found === query.length - 1 && ` ${q.join(' ')} `.includes(` ${query.join(' ')} `);
    }
    const exact = key !== '' && this.exactKeys.get(key) === id;
    return { id, score, exact, phrase, terms: r.terms, coverage: total ? matched / total : 0 };
  }
}

/** A question reduced to its folded words, for "the query is this very question". */
function exactKey(text: string): string {
  return tokens(fold(text))
    .map((t) => t.text)
    .join(' ');
}

/** Builds the index for a set of entries. */
export function buildIndex(docs: readonly SearchDoc[], lang: SearchLanguage = 'en'): FaqIndex {
  return new FaqIndex(docs, lang);
}

/** Dutch separable verb prefixes, longest first ("terugbetalen" -> "betalen ... terug"). */
const SEPARABLE_PREFIXES = ['terug', 'samen', 'binnen', 'buiten', 'door', 'over', 'weg', 'mee', 'aan', 'uit', 'toe', 'af', 'in', 'om', 'op'];

/** Every spelling of a word with two neighbouring letters swapped (words of 4 letters or more). */
function transpositions(word: string): string[] {
  if (word.length < 4) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}
