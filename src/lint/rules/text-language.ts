/**
 * Which of Dutch and English a text reads as, from its small words: "de", "het", "niet", "wij", "u" against
 * "the", "not", "you", "will". Only a clear majority counts (at least 3 such words, three times as many as the
 * other language's), so names, numbers, short labels and mixed texts give no answer. Words both languages
 * use ("in", "is", "was", "we", "of", "over", "die") count for neither. Pure.
 */
const NL = new Set('de het een en van niet wij u uw op te dat er zijn met voor om naar bij nog ook geen wordt worden kunt kan hebben heeft weten wat wanneer als maar tot door uur ons onze zo deze dit hier weer dan meer komt gaat'.split(' '));
const EN = new Set('the a an and not you your on to that are with for at from by still also no will be can have has know what when if but until hours our this these here again than more comes goes were'.split(' '));

export type Written = 'nl' | 'en';

/** Which language's small word a word (lower case) is, if it is one (plain-language.ts counts them in a short label). */
export const smallWord = (w: string): Written | undefined => (NL.has(w) ? 'nl' : EN.has(w) ? 'en' : undefined);

/** The language a text reads as, or undefined when it does not clearly read as one of the two. */
export function writtenIn(text: string): Written | undefined {
  let nl = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (NL.has(w)) nl++;
    else if (EN.has(w)) en++;
  }
  if (nl >= 3 && nl >= 3 * en) return 'nl';
  if (en >= 3 && en >= 3 * nl) return 'en';
  return undefined;
}
