/**
 * A Dutch query word found as the last part of a compound in the index: "gegevens" finds "persoonsgegevens", "storing"
 * finds "stroomstoring". Trial X (a university): "zijn mijn gegevens gestolen" had no results while the open incident said
 * "Of persoonsgegevens zijn gestolen"; English writes "personal data" apart, so "data" found it. The compound's own word
 * for it weighs half (`TAIL_WEIGHT`), as another verb form does. Matched on stems ("gegev" in "persoonsgegev") and on the
 * words as written ("storing" in "stroomstoring", whose stem is "stroomstor").
 */
import type { Bm25Index } from './bm25.js';
import type { WrittenWords } from './written.js';

/** Weight of a compound the query word ends (as `EXPANSION.form`). */
export const TAIL_WEIGHT = 0.5;
/** Shortest stem found as a tail: a short one ends too many words ("ding", "baan", "tijd"). */
export const MIN_TAIL = 5;
/** Shortest first part: "gas" + "lucht" is a compound, a prefix of 2 letters mostly is not. */
const MIN_HEAD = 3;
/** Prefixes that make a derived word, not a compound: "zekering" is no tail of "verzekering", "gegeven" of "aangegeven". */
const PREFIXES = ['achter', 'binnen', 'buiten', 'terug', 'samen', 'onder', 'tegen', 'door', 'over', 'voor', 'ver', 'ont', 'her', 'mis', 'aan', 'uit', 'toe', 'mee', 'weg', 'bij', 'ter', 'be', 'ge', 'er', 'on', 'op', 'af', 'in', 'om', 'na'];

/** Only prefixes, one or more ("ver", "onbe", "uitge"): then the word is derived, not a compound. */
const prefixesOnly = (head: string): boolean => head === '' || PREFIXES.some((x) => head.startsWith(x) && prefixesOnly(head.slice(x.length)));
const compoundHead = (head: string): boolean => head.length >= MIN_HEAD && !prefixesOnly(head);

/**
 * The indexed compounds that end in a word the index lacks (`p` its stem, `typed` as typed, folded), each once, at
 * `TAIL_WEIGHT`. Nothing for a stem shorter than `MIN_TAIL`.
 */
export function compoundTails(p: string, typed: string, index: Bm25Index, process: (w: string) => string | null, written?: WrittenWords): { term: number; weight: number }[] {
  const out: { term: number; weight: number }[] = [];
  if (p.length < MIN_TAIL) return out;
  const add = (id: number | undefined) => {
    if (id !== undefined && !out.some((a) => a.term === id)) out.push({ term: id, weight: TAIL_WEIGHT });
  };
  for (const t of index.sorted) if (t.endsWith(p) && compoundHead(t.slice(0, -p.length))) add(index.ids.get(t));
  for (const w of written && typed.length >= MIN_TAIL ? written.list() : []) {
    if (w.endsWith(typed) && compoundHead(w.slice(0, -typed.length))) add(index.ids.get(process(w) ?? ''));
  }
  return out;
}
