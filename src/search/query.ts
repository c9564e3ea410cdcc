/**
 * From what the reader typed to groups of indexed terms: one group per query word, whose
 * alternatives (the word itself, completions of the word being typed, spellings one or two edits
 * away, the halves of a Dutch compound or separable verb) count once, at the best match.
 */
import type { Bm25Index } from './bm25.js';
import { compoundTails } from './compound-tail.js';
import { participle, verbForms } from './dutch-forms.js';
import { damerau } from './fuzzy.js';
import { fold, tokens } from './normalize.js';
import type { SearchLanguage } from './stopwords.js';
import { writtenNeighbours, type WrittenWords } from './written.js';

export interface Alternative {
  term: number;
  /** 1 for the word itself; less for a completion or a correction. */
  weight: number;
  /** A correction of a word the FAQ does not have (its weight is `EXPANSION.typo` or less). */
  typo?: true;
  /** The typo is a consonant typed twice or once too few (`slips`), the one kind the open incidents' search corrects. */
  slip?: true;
}

export interface QueryGroup {
  /** The processed word (for highlighting and the outcome's terms). */
  text: string;
  alternatives: Alternative[];
  /** The word is the one being typed (its completions are alternatives). */
  prefix: boolean;
}

/** Weights and limits of the query expansion (see bench/search.mjs for how they were chosen). */
export const EXPANSION = {
  /** Weight of a correction (typo) relative to an exact match. */
  typo: 0.5,
  /**
   * Shortest word, on either side, for a correction by any edit: a word or stem of 3 letters has
   * too many neighbours one edit away ("lang" is not a typo of "lag", the stem of "lagen"). A slip
   * of the thumb is corrected from 3 letters on (see `slips`: "gass", "appp", "pinen").
   */
  typoMinLength: 4,
  /**
   * Weight of another form of a Dutch verb than the one typed ("opgelicht" for "oplichter": dutch-forms.ts, trial U). At
   * 0.5 the Dutch set's top-1 / MRR went 0.848 / 0.899 -> 0.857 / 0.908 (0.8: 0.848 / 0.904); the English sets are unchanged.
   */
  form: 0.5,
  /** At most this many completions of the word being typed, commonest first. */
  maxCompletions: 64,
};

/** One half of a Dutch compound, as a query group of its own. */
type Half = Pick<QueryGroup, 'text' | 'alternatives'>;

/** Dutch separable verb prefixes, longest first ("terugbetalen" -> "betalen ... terug"). */
const SEPARABLE = ['terug', 'samen', 'binnen', 'buiten', 'door', 'over', 'weg', 'mee', 'aan', 'uit', 'toe', 'af', 'in', 'om', 'op'];

/** Splits a query into groups. `typing`: the last word is unfinished (no space after it). */
export function parseQuery(query: string, index: Bm25Index, process: (w: string) => string | null, lang: SearchLanguage, cache: Map<string, Alternative[]>, written?: WrittenWords): QueryGroup[] {
  const words = tokens(query);
  const typing = words.length > 0 && words[words.length - 1]!.end === query.length;
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  // Separable particles typed apart ("log ... in" is "inloggen"): mostly stop words, so only read here.
  const parts = lang === 'nl' ? words.map((x) => fold(x.text)).filter((x) => SEPARABLE.includes(x)) : [];
  words.forEach((w, i) => {
    const p = process(w.text);
    if (!p) return;
    const last = typing && i === words.length - 1;
    const typed = fold(w.text);
    const key = last ? `>${typed}` : p;
    if (seen.has(key)) return;
    seen.add(key);
    // The typed word too: a correction is found from it (see `slips`).
    const cached = `${key} ${typed} ${parts.join()}`;
    let alternatives = cache.get(cached);
    if (!alternatives) {
      alternatives = last && typed.length >= 2 ? completions(p, typed, index) : [];
      if (!alternatives.length) alternatives = known(p, index, lang, typed, process, parts);
      // Found only as the end of a compound ("gegevens" in "persoonsgegevens", trial X): compound-tail.ts.
      if (lang === 'nl' && !alternatives.length) alternatives = compoundTails(p, typed, index, process, written);
      // A separable verb's participle is no compound: "aangekomen" is not "aang" + "komen" (trial U: it found "te komen").
      if (!alternatives.length && lang === 'nl' && !participle(typed)?.[0]) {
        // A compound the FAQ writes apart ("gaslucht" -> gas + lucht): each half is its own group.
        // A half the FAQ does not have is corrected ("gasstoirng" -> gas + storing).
        const halves = compound(p, index);
        const fix = (h: string, typedHalf: string) => half(h, typedHalf, process, index, cache);
        const split = halves?.map((h) => ({ text: h, alternatives: fix(h, h) }));
        // Else the word as typed, split before stemming ("gasstoring": the stem "gasstor" hides
        // "storing"), one half corrected if need be ("stroomstorring" -> strom + storing): its halves,
        // and the correction of the whole if any (the FAQ may have it whole).
        const typo = split?.every((h) => h.alternatives.length) ? undefined : typoCompound(typed, process, index, fix);
        if (split || typo) {
          const whole = typo ? fix(p, typed) : [];
          if (whole.length) groups.push({ text: p, alternatives: whole, prefix: last });
          for (const h of typo ?? split!) {
            if (seen.has(h.text)) continue;
            seen.add(h.text);
            groups.push({ ...h, prefix: false });
          }
          return;
        }
      }
      if (!alternatives.length) alternatives = corrections(p, typed, process, index, written);
      if (cache.size > 500) cache.clear();
      cache.set(cached, alternatives);
    }
    groups.push({ text: p, alternatives, prefix: last });
    // A compound the FAQ also has whole, in passing ("stroomstoring" in an answer about warm water):
    // its halves count too, so the entry about "geen stroom … een storing" is not outranked by it.
    const halves = lang === 'nl' && index.ids.has(p) ? wholeCompound(typed, index, process) : undefined;
    for (const h of halves ?? []) {
      const id = index.ids.get(h)!;
      if (seen.has(h)) continue;
      seen.add(h);
      groups.push({ text: h, alternatives: [{ term: id, weight: 1 }], prefix: false });
    }
  });
  return groups;
}

/**
 * The word and, for Dutch, the verb without its separable prefix ("omboeken" also finds "boek ... om") and the verb's
 * other forms the index has ("opgelicht" finds "oplichter", "belde" finds "gebeld", "ruik" "geroken": dutch-forms.ts).
 */
function known(p: string, index: Bm25Index, lang: SearchLanguage, typed: string, process: (w: string) => string | null, parts: string[]): Alternative[] {
  const out: Alternative[] = [];
  const id = index.ids.get(p);
  if (id !== undefined) out.push({ term: id, weight: 1 });
  if (lang === 'nl') {
    const prefix = SEPARABLE.find((s) => p.startsWith(s) && p.length - s.length >= 3);
    const rest = prefix ? index.ids.get(p.slice(prefix.length)) : undefined;
    if (rest !== undefined) out.push({ term: rest, weight: 1 });
    // A word the FAQ lacks as typed counts as a root too ("ruik" finds "ruikt"); with a particle typed apart, so does the whole.
    for (const f of [...verbForms(typed, id === undefined), ...parts.flatMap((x) => [x + typed, ...verbForms(x + typed, true)])]) {
      const other = index.ids.get(process(f) ?? '');
      if (other !== undefined && !out.some((a) => a.term === other)) out.push({ term: other, weight: EXPANSION.form });
    }
  }
  return out;
}

/** The stem itself and completions of what was typed ("accou" -> "account"), commonest first. */
function completions(p: string, typed: string, index: Bm25Index): Alternative[] {
  const out: Alternative[] = [];
  const exact = index.ids.get(p);
  if (exact !== undefined) out.push({ term: exact, weight: 1 });
  const more = index
    .withPrefix(typed.length >= p.length ? p : typed)
    .map((t) => index.ids.get(t)!)
    .filter((id) => id !== exact);
  more.sort((a, b) => index.df(b) - index.df(a));
  // A completion weighs by how much of it was typed: "car" counts fully for "car", less for "career".
  for (const id of more.slice(0, EXPANSION.maxCompletions)) out.push({ term: id, weight: Math.min(1, typed.length / index.terms[id]!.length) });
  return out;
}

/**
 * Typo fallback for a word that matches nothing: a slip of the thumb if undoing it gives a word of
 * the FAQ (see `slips`); else indexed terms one edit away (two for long words), counting a swap of
 * neighbours as one edit; else words of the FAQ as written one edit from the word as typed; else
 * the longest indexed term it starts with (a misspelt ending keeps the stemmer from cutting it:
 * "compensaton").
 */
function corrections(p: string, typed: string, process: (w: string) => string | null, index: Bm25Index, written?: WrittenWords): Alternative[] {
  const min = EXPANSION.typoMinLength;
  const out = slips(typed, process, index);
  if (out.length || p.length < min) return out;
  // A derived word the FAQ does not have is a real word, not a slip: the stemmer cut a suffix of 4 letters or more
  // ("operation" to "oper"), and a term one edit from that stem ("open") is another word: a hospital's "operation" found
  // "Is A&E open?". (3 is Dutch inflection: "inchekken" to "inchek", a slip for "inchecken".) Whole written words still count.
  const derived = typed.length - p.length >= 4;
  const max = p.length >= 8 ? 2 : 1;
  for (const t of derived ? [] : index.sorted) {
    if (Math.abs(t.length - p.length) > max || t.length < min) continue;
    const d = damerau(p, t, max);
    if (d <= max) out.push({ term: index.ids.get(t)!, weight: EXPANSION.typo / d, typo: true });
  }
  if (out.length) return out;
  // The words as written, one edit from the word as typed: a typo can change how the stemmer cuts
  // a word ("genrator" -> "genrat", far from "gener"; "refrigrator" -> "refrigr"), trial T.
  for (const w of written ? writtenNeighbours(typed, written) : []) {
    const id = index.ids.get(process(w) ?? '');
    if (id !== undefined && !out.some((a) => a.term === id)) out.push({ term: id, weight: EXPANSION.typo, typo: true });
  }
  if (out.length || derived) return out;
  for (let n = p.length - 1; n >= Math.max(min, Math.ceil(p.length * 0.6)); n--) {
    const id = index.ids.get(p.slice(0, n));
    if (id !== undefined) return [{ term: id, weight: EXPANSION.typo, typo: true }];
  }
  return [];
}

/**
 * The one typo corrected from 3 letters on (a short word has too many neighbours for any edit): a
 * consonant typed twice ("gass", "appp") or once too few ("pinen", "bil"). Undone on the word as
 * typed, then stemmed: the English stem of "gas" is "ga". Short real words differ by other edits
 * ("lang"/"lag", "card"/"car"), by a double vowel ("moon"/"mon", "good"/"god") or by a swap
 * ("lots"/"lost", "host"/"hots", "elk"/"lek"), so those stay uncorrected.
 */
function slips(typed: string, process: (w: string) => string | null, index: Bm25Index): Alternative[] {
  const out: Alternative[] = [];
  const fix = (w: string, keep = 0) => {
    const stem = w.length >= 3 ? process(w) : null;
    const id = stem && stem.length >= keep ? index.ids.get(stem) : undefined;
    if (id !== undefined && !out.some((a) => a.term === id)) out.push({ term: id, weight: EXPANSION.typo, typo: true, slip: true });
  };
  if (typed.length < 3) return out;
  for (let i = 0; i < typed.length; i++) {
    const [head, c, tail] = [typed.slice(0, i), typed[i]!, typed.slice(i + 1)];
    if (/[aeiouy\d]/.test(c)) continue;
    if (c === tail[0]) fix(head + tail);
    // The stem must keep both letters: "noted" is not a typo of "not" ("notted", stem "not").
    else if (c !== head.slice(-1)) fix(head + c + c + tail, i + 2);
  }
  return out;
}

/**
 * The halves of a Dutch word as typed, each stemmed and both indexed, optionally joined by -s- or
 * -e- ("stroomstoring" -> strom + storing): split before stemming, because the stem of the whole
 * ("stroomstor") no longer ends in the stem of its last half.
 */
function wholeCompound(typed: string, index: Bm25Index, process: (w: string) => string | null): [string, string] | undefined {
  for (let i = 3; i <= typed.length - 3; i++) {
    const head = process(typed.slice(0, i));
    if (!head || !index.ids.has(head)) continue;
    for (const rest of [typed.slice(i), typed[i] === 's' || typed[i] === 'e' ? typed.slice(i + 1) : '']) {
      const tail = rest.length >= 3 ? process(rest) : null;
      if (tail && index.ids.has(tail)) return [head, tail];
    }
  }
  return undefined;
}

/**
 * The halves of a Dutch compound, optionally joined by -s- or -e- ("gaslucht", "cvketel",
 * "stroomstoring"): both halves indexed if possible, else the split with the longest indexed half
 * (the other half then counts as a word the FAQ does not have).
 */
function compound(p: string, index: Bm25Index): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestLength = 0;
  for (let i = 2; i <= p.length - 3; i++) {
    const head = p.slice(0, i);
    for (const rest of [p.slice(i), p[i] === 's' || p[i] === 'e' ? p.slice(i + 1) : '']) {
      if (rest.length < 3) continue;
      const h = index.ids.has(head) && head.length >= 2;
      const r = index.ids.has(rest);
      if (h && r) return [head, rest];
      const length = Math.max(h ? head.length : 0, r ? rest.length : 0);
      // On a tie, the half after a linking -e- or -s- ("fraudedienst": fraud + dienst, not "edienst"; trial U).
      if (length >= 3 && (length > bestLength || (length === bestLength && best?.[0] === head && h && !r))) [best, bestLength] = [[head, rest], length];
    }
  }
  return best;
}

/** A half of a compound: itself if indexed, else its corrections (kept in `cache`: they scan the vocabulary). */
function half(h: string, typed: string, process: (w: string) => string | null, index: Bm25Index, cache: Map<string, Alternative[]>): Alternative[] {
  const id = index.ids.get(h);
  if (id !== undefined) return [{ term: id, weight: 1 }];
  const key = `~${h} ${typed}`;
  let out = cache.get(key);
  if (!out) {
    if (cache.size > 500) cache.clear();
    cache.set(key, (out = corrections(h, typed, process, index)));
  }
  return out;
}

/**
 * A Dutch compound typed wrong, split as typed (optionally joined by -s- or -e-): one half, stemmed,
 * indexed; the other indexed too or else corrected ("stroomstorring" -> strom + storing,
 * "strromstoring" -> strom + storing). Split before stemming, as in `wholeCompound`: the stem of
 * the whole ("stroomstorr") hides the stem of its first half. The split whose indexed half is longest.
 */
function typoCompound(typed: string, process: (w: string) => string | null, index: Bm25Index, fix: (h: string, typedHalf: string) => Alternative[]): Half[] | undefined {
  let best: Half[] | undefined;
  let bestLength = 2;
  for (let i = 3; i <= typed.length - 3; i++) {
    const a = typed.slice(0, i);
    const pa = process(a);
    for (const b of [typed.slice(i), typed[i] === 's' || typed[i] === 'e' ? typed.slice(i + 1) : '']) {
      const pb = b.length >= 3 ? process(b) : null;
      if (!pa || !pb) continue;
      for (const [exact, other, otherTyped, first] of [[pa, pb, b, true], [pb, pa, a, false]] as const) {
        const id = index.ids.get(exact);
        if (id === undefined || exact.length <= bestLength) continue;
        const fixed = fix(other, otherTyped);
        if (!fixed.length) continue;
        const halves: Half[] = [{ text: exact, alternatives: [{ term: id, weight: 1 }] }, { text: other, alternatives: fixed }];
        best = first ? halves : halves.reverse();
        bestLength = exact.length;
      }
    }
  }
  return best;
}
