/**
 * Whom a who says, in a word or two, for an SMS that cannot ask it whole (sms-who-short.ts). A university's data-breach
 * SMS turned "U bent medewerker van Hogeschool Zuidkust" into "Hogeschool Zuidkust: wees extra alert op e-mails…"
 * (trial X): the name of the organisation, which reads as the sender's signature, so students took it for themselves.
 * A who that says the reader's role ("U bent medewerker van …", "You work at …", "Students at …") is said by that role,
 * "Medewerkers:" / "Staff:"; a name that follows "van", "bij", "at", "of" … names where they are, not who, and is never
 * said alone. Pure.
 */

/** The role words a who may say, singular and plural, to what an SMS says for them. */
const ROLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:medewerkers?|werknemers?|personeelsleden|personeelslid|personeel)$/, 'Medewerkers'],
  [/^(?:studenten)$/, 'Studenten'],
  [/^(?:leerlingen?)$/, 'Leerlingen'],
  [/^(?:docenten?|leraren|leraar)$/, 'Docenten'],
  [/^(?:patiënten|patiënt)$/, 'Patiënten'],
  [/^(?:inwoners?)$/, 'Inwoners'],
  [/^(?:bewoners?)$/, 'Bewoners'],
  [/^(?:huurders?)$/, 'Huurders'],
  [/^(?:ouders?)$/, 'Ouders'],
  [/^(?:klanten?)$/, 'Klanten'],
  [/^(?:staff|employees?|colleagues?)$/, 'Staff'],
  [/^(?:students)$/, 'Students'],
  [/^(?:pupils?)$/, 'Pupils'],
  [/^(?:teachers?)$/, 'Teachers'],
  [/^(?:patients)$/, 'Patients'],
  [/^(?:residents?)$/, 'Residents'],
  [/^(?:tenants?)$/, 'Tenants'],
  [/^(?:parents?)$/, 'Parents'],
  [/^(?:customers?)$/, 'Customers'],
];
/** "student" and "patient" are Dutch and English alike: the verb before them tells which. */
const SHARED: Readonly<Record<string, readonly [nl: string, en: string]>> = { student: ['Studenten', 'Students'], patient: ['Patiënten', 'Patients'] };

const role = (word: string, english: boolean): string | undefined => {
  const w = word.toLowerCase();
  if (SHARED[w]) return SHARED[w][english ? 1 : 0];
  return ROLES.find(([re]) => re.test(w))?.[1];
};

/** Words after which a capitalised name says where the reader is or works ("medewerker van Hogeschool Zuidkust"), not who. */
const PLACE_WORDS = new Set('van bij voor uit at of for from with by in'.split(' '));
const ARTICLE = new Set('de het the'.split(' '));
const cap = (w: string) => /^\p{Lu}/u.test(w);

/** Whether the capitalised name starting at `words[i]` follows such a word ("van Hogeschool Zuidkust"), and so names no group. */
export const nameIsPlace = (words: readonly string[], i: number): boolean => i > 0 && PLACE_WORDS.has(words[i - 1]!.toLowerCase());

/**
 * The group a who names by the reader's role and the organisation alone, or undefined: "U bent medewerker van Hogeschool
 * Zuidkust" -> "Medewerkers", "You work at Hogeschool Zuidkust" -> "Staff", "Students at the Delft Campus" -> "Students".
 * Only when nothing else is said: "Staff whose data was stolen" or "Medewerkers van X met een leaseauto" are not all staff.
 */
export function whoRole(who: string): string | undefined {
  const words = who.trim().replace(/[?.!:]+$/, '').split(/\s+/);
  const at = words.findIndex((w, i) => i > 1 && cap(w) && (PLACE_WORDS.has(words[i - 1]!.toLowerCase()) || (i > 2 && ARTICLE.has(words[i - 1]!.toLowerCase()) && PLACE_WORDS.has(words[i - 2]!.toLowerCase()))));
  if (at < 0 || !words.slice(at).every(cap)) return undefined;
  const by = ARTICLE.has(words[at - 1]!.toLowerCase()) ? at - 2 : at - 1;
  const head = words.slice(0, by).join(' ').toLowerCase();
  const english = /^you\b/.test(head) || /^(?:at|of|for|from|with|by)$/i.test(words[by]!) || words[at - 1] === 'the';
  if (/^(?:u|je|jij) werkt?$/.test(head)) return 'Medewerkers';
  if (/^you work$|^you(?: are|'re) (?:a )?(?:member of staff|staff member|staff)$/.test(head)) return 'Staff';
  const m = /^(?:(?:(u|je|jij) bent|you are|you're) (?:een |a |an )?)?(?:alle |all )?(\p{L}+)$/u.exec(head);
  return m ? role(m[2]!, english) : undefined;
}
