/**
 * The Dutch Snowball stemmer, with its plural of nouns in -en made one with the singular. Snowball cuts "-en" from
 * "tentamen" ("tentam") but only the "-s" from "tentamens" ("tentamen"), so the two never met: trial X (a university)
 * typed "tentamen morgen" and did not find the open incident "Alle tentamens … gaan niet door", while "exam" and "exams"
 * are one stem in English. Likewise "gegevens", "examens", "wagens", "tekens". Index, query and highlighting use it alike.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { dutchIrregular } from './irregular-verbs.js';

/** Shortest word whose "-ens" is read as a plural: "mens", "grens", "wens" are no plural of "men", "gren", "wen". */
const MIN_PLURAL = 6;

export function dutchStem(word: string): string {
  // "gaat", "ging", "gegaan" and "gaan" are one stem (irregular-verbs.ts).
  const irregular = dutchIrregular(word);
  if (irregular) return irregular;
  const stem = stemmer(word);
  // Only where Snowball cut the "-s" alone and left "-en": then stem the singular ("tentamens" -> "tentamen" -> "tentam").
  return word.length >= MIN_PLURAL && word.endsWith('ens') && stem === word.slice(0, -1) ? stemmer(stem) : stem;
}
