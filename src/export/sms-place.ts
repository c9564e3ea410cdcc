/**
 * Where an SMS title names its place, so a cut title keeps it (sms-title.ts). A water company's boil-water SMS said
 * "Boil Water Notice in Upton upon..." and its no-water SMS "No water or low pressure in Tewkesbury, Upton...": the place
 * and the postcode, the words that tell a reader whether to boil their water, were the words cut. The rule: the place is
 * the last "in" / "near" / "at" / "bij" … followed by place words (capitalised words, postcodes, and "upon", "on", "and",
 * "en", "," between them: "in Upton upon Severn (WR8)", "in Tewkesbury, Upton and Ledbury"); without one, a run of
 * postcode-like tokens ("WR8", "GL20 5AB", "3581 AB"). A cut keeps the place whole: first words after it go, last first ("… in
 * Deventer en Zutphen, ongeveer 24.000 huishoudens" -> "… in Deventer en Zutphen…"), then words before it, last first, never below the
 * first two ("Boil Water… in Upton upon Severn (WR8)"); last, when the place holds a postcode, the postcode alone stands for it
 * ("Boil Water Notice… (WR8)"). US ZIP codes count as postcodes where the title says "ZIP" or lists two ("Boil water
 * advisory for ZIP codes 60617, 60619, 60633", trial Y), with the words that name them. A list is never cut to its first
 * places (title-keep.ts). Pure.
 */

const PREPOSITIONS = new Set(['in', 'near', 'at', 'around', 'across', 'bij', 'nabij', 'rond', 'rondom', 'te']);
const JOINERS = new Set(['upon', 'on', 'under', 'and', '&', 'en', 'aan', 'op', 'den', 'de', 'the', 'le']);
const POSTCODE = /^\(?(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?|\d{4}(?:\s?[A-Z]{2})?|[A-Z]{2}|\d[A-Z]{2})\)?[,;:.]?$/;
const NEGATION = /^(?:niet|geen|nooit|not|no|never|cannot|\p{L}+n['’]t)$/iu;
const strip = (w: string) => w.replace(/^[("']+|[)"',;:.!?]+$/g, '');
/** A US ZIP code ("60617", "60617-1234"), in a title that says "ZIP" or lists two of them (trial Y: "… for ZIP codes 60617, 60619, 60633"). */
const ZIP = /^\(?\d{5}(?:-\d{4})?\)?[,;:.]?$/;
const zipTitle = (title: string) => /(?<!\p{L})zip(?!\p{L})/iu.test(title) || (title.match(/(?<!\d)\d{5}(?!\d)/g) ?? []).length >= 2;
/** A postcode-like token of `title`, with a digit: "WR8", "3581", a ZIP code where the title has them. */
export const codeIn = (title: string) => ((zip) => (w: string) => /\d/.test(w) && (POSTCODE.test(w) || (zip && ZIP.test(w))))(zipTitle(title));
/** The words before a run of codes that say what they are ("ZIP codes", "postcodes"), kept with them. */
const CODE_LABEL = /^(?:zip|zip-?codes?|codes?|postcodes?|postal|postcodegebied(?:en)?)$/i;

/** The words of the title that name its place, as [start, end) word indexes, or null when it names none. */
export function placeSpan(title: string): [number, number] | null {
  const words = title.trim().split(/\s+/);
  const code = codeIn(title);
  /** A word that names a place: capitalised ("Upton", "Etten-Leur", "(WR8)"), a postcode-like token or a range of them ("3500–3599"). */
  const placeWord = (w: string) => /^\p{Lu}/u.test(strip(w)) || /^\(?\d{4}(?:[–-]\d{4})?\)?,?$/.test(w) || POSTCODE.test(w) || code(w);
  for (let i = words.length - 2; i >= 1; i--) {
    if (!PREPOSITIONS.has(words[i]!.toLowerCase()) || !placeWord(words[i + 1]!)) continue;
    let end = i + 2;
    // Place words, with joiners only between two of them ("Upton upon Severn", "Tewkesbury, Upton and Ledbury").
    for (let j = end; j < words.length; j++) {
      if (/[,;]$/.test(words[j - 1]!) && !placeWord(words[j]!)) break;
      if (placeWord(words[j]!)) end = j + 1;
      else if (!JOINERS.has(words[j]!.toLowerCase())) break;
    }
    return [i, end];
  }
  // No "in …": a run of postcodes ("Boil water notice WR8 0AB").
  const codes = words.map((w, i) => (i > 0 && code(w) ? i : -1)).filter((i) => i >= 0);
  if (!codes.length) return null;
  let start = codes[0]!;
  while (start > 1 && CODE_LABEL.test(strip(words[start - 1]!))) start--;
  if (start > 1 && (PREPOSITIONS.has(words[start - 1]!.toLowerCase()) || /^(?:for|voor)$/i.test(words[start - 1]!))) start--;
  return [start, codes[codes.length - 1]! + 1];
}

/**
 * Shorter forms of `title` that keep its place whole, most kept first (each ends or breaks with "…"); [] when the title
 * names no place, or only a place (nothing before it to cut but its first two words).
 */
export function placeCuts(title: string): string[] {
  const span = placeSpan(title);
  if (!span) return [];
  const words = title.trim().split(/\s+/);
  const [start, end] = span;
  const place = words.slice(start, end).join(' ').replace(/[,;:]$/, '');
  const out: string[] = [];
  // Words after the place, last first ("Geen water in Utrecht-Oost, bewoners worden…"), then those before it.
  for (let e = words.length - 1; e >= end && !words.slice(e).some((w) => NEGATION.test(strip(w))); e--) out.push(`${words.slice(0, e).join(' ').replace(/[,;:]$/, '')}…`);
  // Never a cut that drops a "not" ("Inchecksysteem werkt niet op Schiphol" is no "Inchecksysteem werkt… op Schiphol").
  for (let k = start - 1; k >= Math.min(2, start) && !words.slice(k, start).some((w) => NEGATION.test(strip(w))); k--) out.push(`${words.slice(0, k).join(' ').replace(/[,;:]$/, '')}… ${place}`);
  // Last, a place too long to keep beside the rest gives way to its postcodes: "Boil Water Notice… (WR8)".
  const code = codeIn(title);
  const codes = words.slice(start, end).filter(code).join(' ').replace(/[,;:]$/, '');
  if (codes && codes !== place) for (let k = start; k >= Math.min(2, start); k--) out.push(`${words.slice(0, k).join(' ').replace(/[,;:]$/, '')}… ${codes}`);
  // A list of places is never cut to its first ones: "Boil water advisory for ZIP codes 60617..." told 60633 it was not
  // affected (trial Y; trial R's "Power cut in Roosendaal…" no more). Last, the words before the list go (title-keep.ts).
  return out.filter((c) => c !== title);
}
