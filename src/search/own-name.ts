/**
 * The organisation's own name in a query, for the open incidents' search: their index weighs every word the same
 * (incidents.ts), so the name counts as much as the reader's topic, and incidents name the organisation often ("uit naam
 * van de hogeschool"). Trial X (Hogeschool Zuidkust): "is de hogeschool open" showed first the phishing incident "Nep-e-mails
 * … uit naam van de hogeschool", then "Is de campus open?". The words of the publisher's name (any language, by stem, so
 * "hogescholen" too) are left out of the incidents' search when other words remain; a query of the name alone (or with
 * only "no" beside it: "no water" at Riverbend Water) is searched as typed. Not in the FAQ's own search: its rare-word
 * weighting already counts a word in every entry little, and where a name tells entries apart, leaving it out costs
 * (bench/search/own-name.mjs: StackFAQ with "Google", top-1 0.779 -> 0.774).
 */
import { NEGATION } from './negation.js';
import { tokens } from './normalize.js';

/** `query` with the words of `name` (`process`: the index's stemming) blanked out (offsets kept, so the word being typed stays the last), if a word of another kind remains. */
export function withoutOwnName(query: string, name: string | Readonly<Record<string, string>> | undefined, process: (w: string) => string | null): string {
  if (!name) return query;
  const own = new Set(tokens(Object.values(typeof name === 'string' ? { name } : name).join(' ')).map((t) => process(t.text)));
  const words = tokens(query).map((t) => ({ ...t, stem: process(t.text) }));
  const mine = words.filter((w) => w.stem && own.has(w.stem));
  // "No" is no other word: it says what is missing (negation.ts). Trial Y (Riverbend Water): "no water" was searched as "no".
  const no = new Set(Object.values(NEGATION).map(process));
  if (!mine.length || !words.some((w) => w.stem && !own.has(w.stem) && !no.has(w.stem))) return query;
  let out = query;
  for (const w of mine) out = out.slice(0, w.start) + ' '.repeat(w.end - w.start) + out.slice(w.end);
  return out;
}
