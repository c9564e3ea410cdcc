/**
 * Irregular verbs whose forms a stemmer keeps apart, mapped onto one stem for index, query and highlighting alike. Dutch:
 * Snowball makes "gat" of "gaat" (and of "gat", a hole), "gan" of "gaan" and "ging" of "ging"; "ik zie mijn factuur niet"
 * missed "Waar zag ik mijn factuur?", "gaat mijn tentamen door" found "Gaan mijn tentamens door?" only through "tentamen"
 * (trial X). English: Porter leaves "paid" apart from "pay" ("pai"), "lost" from "lose", "broke" and "broken" from "break".
 * Each table: the stem, then the forms that get it. A Dutch form after a separable prefix keeps the prefix ("doorgaat",
 * "doorgegaan": "door" + the stem of "gaan", as Snowball stems "doorgaan"), so "gaat … door" still finds "doorgaan".
 * Verbs whose forms are stop words (kunnen, hebben, willen, moeten, mogen, zijn, doen) are stop words in every form
 * (stopwords.ts), so they need no stem here.
 */
import { SEPARABLE } from './dutch-forms.js';

const table = (text: string): ReadonlyMap<string, string> =>
  new Map(text.split(';').flatMap((line) => {
    const [stem, ...forms] = line.trim().split(' ');
    return forms.map((f) => [f, stem!] as const);
  }));

/** Stems as Snowball gives them for the infinitive ("gaan" -> "gan"), except "weten", whose "wet" is also a law. */
const NL = table(
  'gan ga gaat gaan ging gingen gegaan; zien zie ziet zien zag zagen gezien; stan sta staat staan stond stonden gestaan;' +
    ' kom kom komt komen kwam kwamen gekomen; krijg krijg krijgt krijgen kreeg kregen gekregen; weten weet weten wist wisten geweten',
);

/** Stems as Porter gives them for the present tense ("pay" -> "pai"), so "paying" and "paid" meet. */
const EN = table(
  'pai paid; lose lost; break broke broken; freez froze frozen',
);

/** The stem of an irregular Dutch verb form (folded, lower case), prefix kept: "ging" -> "gan", "opgestaan" -> "opstan". */
export function dutchIrregular(word: string): string | undefined {
  const own = NL.get(word);
  if (own) return own;
  const sep = SEPARABLE.find((s) => word.startsWith(s) && NL.has(word.slice(s.length)));
  return sep && sep + NL.get(word.slice(sep.length));
}

/** The stem of an irregular English verb form: "paid" -> "pai" (as "pay", "paying"), "broken" -> "break". */
export const englishIrregular = (word: string): string | undefined => EN.get(word);
