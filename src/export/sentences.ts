/**
 * Where a sentence ends, for every channel export (SMS, phone message, SSML, social post, CAP, e-mail). A sentence ends at
 * ".", "!" or "?" before a capital (`firstSentence`: or a digit), but not after a common abbreviation nor inside an open
 * bracket. Trial W: an Irish gas network's "… homes in Naas and Newbridge (Co. Kildare, Eircodes W91 and W12) have no gas."
 * was cut at "Co." (County): the phone message and the social post said "… Naas and Newbridge (Co." and lost the Eircodes.
 * Intl.Segmenter (ICU) was tried: it also ends a sentence after "Co.", "St.", "bijv." and "nr.", so it needs the same
 * guard, and it does not end one before a digit ("Go outside. 112 homes …"); the boundary rule here stays. Pure.
 */

/** Abbreviations after which no sentence ends (lower case, without the last "."), English and Dutch. */
const ABBREVIATIONS = new Set([
  ...['co', 'st', 'rd', 'ave', 'mt', 'dr', 'approx', 'incl', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'vs', 'cf', 'tel'],
  ...['bijv', 'o.a', 'ca', 'm.b.t', 'z.s.m', 'd.w.z', 'i.p.v', 'bv', 'resp', 'zgn', 'mevr', 'dhr', 'ong', 'vgl', 't.o.v'],
]);

/** Abbreviations that are one only before a number ("No. 5", "nr. 12"): "Is it safe? No. Stay out." ends at "No.". */
const BEFORE_NUMBER = new Set(['no', 'nr', 'nos']);

/** Whether `before` and `after` are one sentence: `before` ends with an abbreviation, or leaves a bracket open. */
function oneSentence(before: string, after: string): boolean {
  const open = (before.match(/[([]/g) ?? []).length > (before.match(/[)\]]/g) ?? []).length;
  if (open) return true;
  const word = /(?:^|[\s([{"'‘“])([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  return ABBREVIATIONS.has(word) || (BEFORE_NUMBER.has(word) && /^\d/.test(after));
}

/** The sentences of `text` at `boundary` (a capture of the space between two), joined again where `oneSentence` says so. */
function split(text: string, boundary: RegExp): string[] {
  const parts = text.split(boundary);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const last = out.length - 1;
    if (last >= 0 && oneSentence(out[last]!, part)) out[last] = `${out[last]}${parts[i - 1]}${part}`;
    else out.push(part);
  }
  return out.filter(Boolean);
}

/** A text's sentences: one ends at ".", "!" or "?" before a capital, not after an abbreviation ("Co.") or in an open bracket. */
export const splitSentences = (text: string): string[] => split(text, /((?<=[.!?])\s+(?=\p{Lu}))/u);

/**
 * The first sentence of a text, for one-line summaries: up to the first ".", "!" or "?" before a capital or a digit
 * ("Er is een lek. 112 woningen …"), not before a word in lower case ("(E. coli)"), not after an abbreviation
 * ("Co. Kildare", "ca. 300") nor inside an open bracket.
 */
export const firstSentence = (text: string): string => (split(text, /((?<=[.!?])\s+(?=[\p{Lu}\d]))/u)[0] ?? '').trim();
