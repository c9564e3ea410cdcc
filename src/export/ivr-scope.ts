/**
 * Sentences of what we know that the phone message keeps with its first one (ivr.ts): who is not affected, and how many
 * are. Trial X's message for a staff data breach said "naam, adres, personeelsnummer en bankrekeningnummer" to every
 * caller and left out "Het gaat om ongeveer 400 medewerkers" and "Gegevens van studenten zijn … niet gestolen": every
 * student heard that staff bank data was stolen, not that theirs was not. Reassurance for most callers saves calls, as
 * "Other parts of town have normal water" does for a water cut. Pure.
 */

/** Gives way after every other sentence that may go except another incident's urgent action (OTHER_LAST_RANK). */
export const NOT_AFFECTED_RANK = 0.02;
/** How many are affected, said right after the first sentence, when another says who is not: gives way just before that one. A count alone ("nog ongeveer 21.000 huishoudens") ranks as before: a storm's new gas warning gave way for it. */
export const HOW_MANY_RANK = 0.025;

const NOT_AFFECTED = [
  // English: "No student data was stolen", "Mobile calls are not affected", "Your money is safe", "Other parts of town have normal water".
  /\b(?:not|never|n't)\s+(?:been\s+)?(?:stolen|affected|hit|leaked|at risk)\b/i,
  /\bno\b[^.?!]*\b(?:was|were|is|are|has been|have been)\s+(?:stolen|affected|hit|leaked|lost)\b/i,
  /\bunaffected\b|\b(?:is|are|stays?|remains?)\s+safe\b|\b(?:works?|runs?|work|run)\s+(?:as\s+)?normal(?:ly)?\b|\bhave\s+normal\b/i,
  // Dutch: "… zijn niet gestolen", "geen gevolgen", "uw geld is veilig", "werkt gewoon", "hebben gewoon water".
  /\bniet\s+(?:gestolen|getroffen|geraakt|gelekt|in gevaar)\b|\bgeen\s+(?:gevolgen|last|hinder)\b/i,
  /\b(?:is|zijn|blijft|blijven)\s+veilig\b|\b(?:werkt|werken|rijdt|rijden)\s+(?:gewoon|normaal)\b|\bhebben\s+(?:gewoon|normaal)\b/i,
];

/** A sentence that says who or what is not affected: "Gegevens van studenten zijn … niet gestolen", "Other parts of town have normal water". */
export const saysNotAffected = (s: string): boolean => NOT_AFFECTED.some((r) => r.test(s));

/** A sentence that says how many are affected: "About 400 staff are affected", "Het gaat om ongeveer 400 medewerkers". */
export const saysHowMany = (s: string): boolean =>
  /\b(?:about|around|approximately|roughly|some|nearly|almost|over|more than|ongeveer|circa|ca\.|zo'n|ruim|bijna|meer dan)\s+\d/i.test(s) ||
  (/\d/.test(s) && /\b(?:affected|het gaat om|getroffen)\b/i.test(s));
