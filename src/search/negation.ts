/**
 * "No water" asks about water that is missing, not about every text that says "no" (trial Y, a water utility: "no water"
 * found the billing notice "No late fees will be charged …" and the FAQ's "Can I use my ice maker? No. …"). English "no"
 * and Dutch "geen" say what is missing only with the word after them; an answer often begins with "No." or says "no late
 * fees". So each is also indexed paired with the next word (stop words left out) as one term, "no water", and a query's
 * "no" before another word counts only where the entry has that very pair; where no entry has it, the "no" is dropped and
 * the query is read without it. A "no" typed last or alone is a word as before. Pure: no DOM.
 */
import type { Bm25Index } from './bm25.js';
import type { QueryGroup } from './query.js';
import type { SearchLanguage } from './stopwords.js';

/** The word that says something is missing, before it: one per language. */
export const NEGATION: Record<SearchLanguage, string> = { en: 'no', nl: 'geen' };

/** The term of a negation with the word after it. It holds a space, so no typed word, completion or correction is one. */
export const pairTerm = (negation: string, next: string): string => `${negation} ${next}`;

/** The pair terms of one field's terms (stop words already out): "no late fees" gives "no late". */
export function negationPairs(terms: readonly string[], negation: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) if (terms[i] === negation && terms[i + 1] !== negation) out.push(pairTerm(negation, terms[i + 1]!));
  return out;
}

/** A field's terms and their negation pairs (`Bm25Index` counts no pair in a field's length). */
export const withNegationPairs = (terms: string[], negation: string): string[] => [...terms, ...negationPairs(terms, negation)];

/**
 * The query's groups with a negation before another word read as their pair: its alternatives are the pairs of the next
 * word's alternatives that the index has (so "no watter" finds "no water" at the correction's weight), or it is dropped.
 */
export function pairNegations(groups: readonly QueryGroup[], index: Bm25Index, negation: string): QueryGroup[] {
  const out: QueryGroup[] = [];
  groups.forEach((g, i) => {
    const next = groups[i + 1];
    if (g.text !== negation || g.prefix || !next) return void out.push(g);
    const alternatives = next.alternatives.flatMap((a) => {
      const term = index.ids.get(pairTerm(negation, index.terms[a.term]!));
      return term === undefined ? [] : [{ ...a, term }];
    });
    if (alternatives.length) out.push({ text: pairTerm(negation, next.text), alternatives, prefix: false });
  });
  return out;
}
