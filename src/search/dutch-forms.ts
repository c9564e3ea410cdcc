/**
 * Other forms of a Dutch verb than the one typed, for the query only. The Snowball stemmer cuts suffixes but leaves a past
 * participle ("opgelicht", "gebeld", "aangekomen"), a past tense ("belde") and an agent noun ("oplichter") apart from the
 * verb and from each other: trial U (a Flemish bank) typed "opgelicht" where the FAQ's tag was "oplichter", and "iemand
 * belde van de fraudedienst" where the FAQ said "gebeld" and the open incident "bellen". From the word as typed, the
 * verb's root ("oplicht", "bel", with its separable prefix: "aan" + "kom"), then its usual forms, each stemmed: only
 * those the index has count (query.ts), so nothing is indexed differently and an unknown form adds nothing.
 */

/** Separable prefixes before the "ge" of a participle ("opgelicht", "aangekomen", "teruggebeld"), longest first. */
export const SEPARABLE = ['terug', 'samen', 'binnen', 'buiten', 'door', 'over', 'weg', 'mee', 'aan', 'uit', 'toe', 'af', 'in', 'om', 'op'];

/**
 * Strong verbs whose participle changes the vowel, as root and participle body: "ruik rok" is ruiken, geroken ("ik ruik gas"
 * where the FAQ says "gas geroken"); "sluit slot": afsluiten, afgesloten. Their present tense is regular.
 */
const STRONG = new Map(
  'ruik rok sluit slot zoek zocht koop kocht breng bracht denk dacht krijg kreg vind vond steel stol breek brok schrijf schrev neem nom spreek sprok bied bod kijk kek blijf blev help holp'
    .split(' ')
    .flatMap((w, i, a) => (i % 2 ? [] : [[w, a[i + 1]!] as const])),
);
const PRESENT = new Map([...STRONG].map(([r, p]) => [p, r]));

/** A participle's prefix and what follows its "ge": "opgelicht" -> ["op", "licht"], "gebeld" -> ["", "beld"], "aangekomen" -> ["aan", "kom"]. */
export function participle(word: string): [prefix: string, body: string] | undefined {
  const sep = SEPARABLE.find((s) => word.startsWith(`${s}ge`)) ?? '';
  const m = /^ge(?:(\p{L}{3,}[dt])|(\p{L}{3,})en)$/u.exec(word.slice(sep.length));
  const body = m?.[1] ?? m?.[2];
  // Whole: "gebeld", not "gebeldje"; "gevonden", "gesloten" too. Not "gebied", "geduld": a root ending in a vowel ("bie", "dul"
  // is kept: its forms must be indexed to count), unless a strong verb's ("slot" of "sluiten").
  return body && (!/[aeiouy][dt]?$/.test(body) || PRESENT.has(body)) ? [sep, body] : undefined;
}

/**
 * Roots the word may be a form of: a participle's, a past tense's ("belde"), an agent noun's ("oplichter"), a noun's in -ing;
 * the word itself if a strong verb's root, or with `bare` ("ruik", "bel": I smell, I call; for a word the FAQ does not have).
 */
function roots(word: string, bare: boolean): [prefix: string, root: string][] {
  const p = participle(word);
  // "gelicht" is of "lichten", "gebeld" of "bellen": the final d or t is the verb's or the participle's. "geroken" is of "ruiken".
  if (p) return [p, [p[0], p[1].replace(/[dt]$/, '')], ...(PRESENT.has(p[1]) ? [[p[0], PRESENT.get(p[1])!] as [string, string]] : [])];
  const out: [string, string][] = (bare && word.length >= 3) || STRONG.has(word) ? [['', word]] : [];
  for (const re of [/^(\p{L}{3,}?)(?:de|te|den|ten)$/u, /^(\p{L}{3,}?)(?:ers?|sters?)$/u, /^(\p{L}{3,}?)(?:ingen|ing)$/u, /^(\p{L}{3,}?)(?:en|t)$/u]) {
    const m = re.exec(word);
    // "beller", "bellen": the root "bel". Not before -ing, where a double letter is a slip ("stroomstorring"), no other form.
    if (m) out.push(['', re.source.includes('ing') ? m[1]! : m[1]!.replace(/([^aeiou])\1$/, '$1')]);
  }
  return out;
}

/**
 * The usual forms of the verbs `word` may belong to, as words (to be stemmed): "opgelicht" -> oplichten, oplichter,
 * oplichting, …; "belde" -> bellen, gebeld, beller, …. Spelling: "bel" doubles its consonant before -en ("bellen"), "betaal"
 * drops a vowel ("betalen") and "ophal" (of "ophalen") gains one ("opgehaald"); every spelling is tried, the index decides.
 */
export function verbForms(word: string, bare = false): string[] {
  const out = new Set<string>();
  const long = (r: string) => r.replace(/([^aeiou])([aou])([^aeiouwjy])$/, '$1$2$2$3');
  for (const [sep, r] of roots(word, bare)) {
    const open = r.replace(/([aeou])\1([^aeiou])$/, '$1$2');
    const double = /[^aeiou][aeiou][^aeiouwjy]$/.test(r) ? r + r.slice(-1) : r;
    for (const stem of new Set([r, open, double])) for (const end of ['en', 'er', 'ers', 'ing']) out.add(sep + stem + end);
    for (const stem of new Set([r, long(r)])) for (const end of ['', 't', 'd', 'de', 'te']) out.add(sep + stem + end);
    // A separable verb's participle has its "ge" after the prefix: "oplichter" -> "opgelicht", "ophalen" -> "opgehaald".
    const split = sep ? undefined : SEPARABLE.find((x) => r.startsWith(x) && r.length - x.length >= 3);
    const [pre, rest] = split ? [split, r.slice(split.length)] : [sep, r];
    for (const stem of new Set([rest, long(rest)])) for (const end of ['', 'd', 't', 'en']) out.add(`${pre}ge${stem}${end}`);
    const strong = STRONG.get(rest);
    if (strong) out.add(`${pre}ge${strong}${/t$/.test(strong) ? '' : 'en'}`);
  }
  out.delete(word);
  return [...out];
}
