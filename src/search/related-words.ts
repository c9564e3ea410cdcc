/**
 * Words a reader types for what the FAQ says in other words. Trial Z (a hospital during a doctors' strike): "is the
 * hospital closed" found the pharmacy, blood test and parking answers, never "Is A&E open during the strike?" (its answer:
 * "stay open"); "my op on thursday" found no answer about an operation.
 *
 * - Opposites: a question about "closed" is answered by a text that says "open", and the other way round. Where no
 *   entry has the word typed, it finds the opposite side's words, at `OPPOSITE_WEIGHT`, and the rest of the query decides
 *   between entries that say "open" ("is the hospital closed" vs "is parking closed"). Where an entry has the word, it
 *   is read as typed: "Can I open an account?" must not find "How do I close my account?" (Banking77 set). A side's
 *   words are one word ("shut" finds "closed") either way.
 * - Short forms a reader types for a word the FAQ writes in full ("op" for operation, "afspr" for afspraak): the word in
 *   full counts as typed (weight 1). Only standard short forms listed in dictionaries, per language (Dutch "op" is a
 *   preposition, so "op" is English only); where a short form is also a word ("tel", "min"), that word counts too.
 * `FaqIndex.search` adds them after the negation's pairs (negation.ts), so "no" stays said of the word typed. Pure: no DOM.
 */
import type { Bm25Index } from './bm25.js';
import type { QueryGroup } from './query.js';
import type { SearchLanguage } from './stopwords.js';

/** Each language's words for "closed" and for "open" (forms the stemmer does not join are listed apart). */
export const OPPOSITES: Record<SearchLanguage, readonly [closed: readonly string[], open: readonly string[]]> = {
  en: [['closed', 'shut'], ['open']],
  nl: [['dicht', 'gesloten'], ['open', 'geopend']],
};

/** Weight of the opposite word relative to the word typed. */
export const OPPOSITE_WEIGHT = 0.5;

/** Short forms and the word in full, per language. */
export const SHORT_FORMS: Record<SearchLanguage, Readonly<Record<string, string>>> = {
  en: {
    op: 'operation',
    ops: 'operations',
    appt: 'appointment',
    appts: 'appointments',
    approx: 'approximately',
    info: 'information',
    dept: 'department',
    tmrw: 'tomorrow',
    hrs: 'hours',
    mins: 'minutes',
    meds: 'medicines',
    msg: 'message',
  },
  nl: {
    afspr: 'afspraak',
    info: 'informatie',
    tel: 'telefoon',
    nr: 'nummer',
    evt: 'eventueel',
    mnd: 'maand',
    wk: 'week',
    min: 'minuten',
  },
};

type Process = (word: string) => string | null;

/** A term a query word also stands for; `opposite`: it says the opposite (used only where the FAQ lacks the word). */
export interface Related {
  term: string;
  weight: number;
  opposite?: true;
}

/** The terms (stems) a processed query word also stands for, with their weights; none for most words. */
export function relatedTerms(stem: string, lang: SearchLanguage, process: Process): Related[] {
  const out: Related[] = [];
  const add = (word: string, weight: number, opposite?: true) => {
    const term = process(word);
    if (term && term !== stem && !out.some((o) => o.term === term)) out.push(opposite ? { term, weight, opposite } : { term, weight });
  };
  const short = Object.entries(SHORT_FORMS[lang]).find(([s]) => process(s) === stem);
  if (short) add(short[1], 1);
  const [closed, open] = OPPOSITES[lang];
  for (const [side, other] of [[closed, open], [open, closed]] as const) {
    if (!side.some((w) => process(w) === stem)) continue;
    for (const w of side) add(w, 1);
    for (const w of other) add(w, OPPOSITE_WEIGHT, true);
  }
  return out;
}

/** The query's groups with the related terms the index has as further alternatives (each group counts at its best match). */
export function withRelatedWords(groups: readonly QueryGroup[], index: Bm25Index, lang: SearchLanguage, process: Process): QueryGroup[] {
  return groups.map((g) => {
    const own = index.ids.has(g.text);
    const more = relatedTerms(g.text, lang, process).flatMap(({ term, weight, opposite }) => {
      const id = index.ids.get(term);
      return id === undefined || (opposite && own) || g.alternatives.some((a) => a.term === id && a.weight >= weight) ? [] : [{ term: id, weight }];
    });
    // A short form is a word of its own, not a typo: its corrections ("appt" -> "apt") go.
    const kept = g.alternatives.filter((a) => !more.some((m) => m.term === a.term) && !(a.typo && more.some((m) => m.weight === 1)));
    return more.length ? { ...g, alternatives: [...kept, ...more] } : g;
  });
}
