/**
 * The feed format's problems (feed/schema.ts, in English for the CLI and readers' consoles) in
 * Dutch, for the `schema` rule. A message not listed here is shown as "klopt niet" with the
 * English detail in brackets, so a new schema message is never lost, only less plain.
 * For the studio (audience `desk`) the English too is said without the format's names (RFC 3339,
 * IANA, BCP 47, https: URL, string, next_update_at), and valibot's own detail is left out.
 */
import { feedOr, type Said } from '../rule.js';

type Nl = (m: RegExpExecArray) => string;

/** English schema message (whole) -> Dutch. Most specific first. */
const DUTCH: ReadonlyArray<readonly [RegExp, Nl]> = [
  [/^is required$/, () => 'moet ingevuld zijn'],
  [/^must be a number, without quotes: (.*) instead of (".*")$/, (m) => `moet een getal zijn, zonder aanhalingstekens: ${m[1]} in plaats van ${m[2]}`],
  [/^must be 1-64 letters, digits, "\.", "_" or "-"$/, () => 'mag alleen 1 tot 64 letters, cijfers, ".", "_" of "-" bevatten'],
  [/^must be a BCP 47 language tag such as (.+) or (.+)$/, (m) => `moet een taalcode zijn, zoals ${m[1]} of ${m[2]}`],
  [/^must be an RFC 3339 time such as (\S+) or (\S+)$/, (m) => `moet een datum en tijd zijn zoals ${m[1]} of ${m[2]}`],
  [/^is not a real date and time$/, () => 'is geen bestaande datum en tijd'],
  [/^is longer than (\d+) characters$/, (m) => `is langer dan ${m[1]} tekens`],
  [/^needs at least one language$/, () => 'heeft tekst in minstens één taal nodig'],
  [/^must be a string or an object of language tags to strings$/, () => 'moet een tekst zijn, of een tekst per taal'],
  [/^must be an https:, mailto: or tel: link$/, () => 'moet een link zijn die begint met https:, mailto: of tel:'],
  [/^must be an https: URL$/, () => 'moet een webadres zijn dat begint met https://'],
  [/^must be an IANA time zone such as (.+)$/, (m) => `moet een tijdzone zijn zoals ${m[1]}`],
  [/^must be opening hours such as /, () => 'moeten openingstijden zijn zoals "ma-vr 08:00-20:00; za 09:00-13:00", "08:00-22:00" (elke dag) of "24/7"'],
  [/^must be a whole number below 2\^53$/, () => 'moet een heel getal zijn'],
  [/^must not be negative$/, () => 'mag niet kleiner dan 0 zijn'],
  [/^must be one of (.+)$/, (m) => `moet een van deze zijn: ${m[1]}`],
  [/^must be (\d+|"[^"]*")$/, (m) => `moet ${m[1]} zijn`],
  [/^an open incident needs a next_update_at; null is only for resolved or info incidents$/, () => 'een open incident heeft een tijd voor de volgende update nodig; zonder tijd mag alleen bij een opgelost incident of een mededeling (ernst informatie)'],
  // valibot's own messages: "Invalid type: Expected string but received 5", "Invalid length: Expected <=20 but received 21"…
  [/^Invalid type: Expected (.+) but received (.+)$/, (m) => `heeft de verkeerde soort waarde${feedOr(` (verwacht: ${m[1]}, nu: ${m[2]})`, '')}`],
  [/^Invalid \w+(?: \w+)*: Expected (.+) but received (.+)$/, (m) => `heeft een waarde die niet past${feedOr(` (verwacht: ${m[1]}, nu: ${m[2]})`, '')}`],
];

/** English schema message -> the studio's English, where it names the format rather than the field's content. */
const DESK: ReadonlyArray<readonly [RegExp, Nl]> = [
  [/^must be a BCP 47 language tag such as (.+) or (.+)$/, (m) => `must be a language code such as ${m[1]} or ${m[2]}`],
  [/^must be an RFC 3339 time such as (\S+) or (\S+)$/, (m) => `must be a date and time such as ${m[1]} or ${m[2]}`],
  [/^must be a string or an object of language tags to strings$/, () => 'must be a text, or a text per language'],
  [/^must be an https:, mailto: or tel: link$/, () => 'must be a link that starts with https:, mailto: or tel:'],
  [/^must be an https: URL$/, () => 'must be a web address that starts with https://'],
  [/^must be an IANA time zone such as (.+)$/, (m) => `must be a time zone such as ${m[1]}`],
  [/^must be a whole number below 2\^53$/, () => 'must be a whole number'],
  [/^an open incident needs a next_update_at; null is only for resolved or info incidents$/, () => 'an open incident needs a time for the next update; only a resolved incident or a notice (severity information) can go without'],
  [/^Invalid type: Expected (.+) but received (.+)$/, () => 'has the wrong kind of value'],
  [/^Invalid \w+(?: \w+)*: Expected (.+) but received (.+)$/, () => 'has a value that does not fit'],
];

const desk = (en: string): string => {
  for (const [re, said] of DESK) {
    const m = re.exec(en);
    if (m) return feedOr(en, said(m));
  }
  return en;
};

/** A schema message in every UI language. */
export function schemaSaid(en: string): Said {
  for (const [re, nl] of DUTCH) {
    const m = re.exec(en);
    if (m) return { en: desk(en), nl: nl(m) };
  }
  return { en: desk(en), nl: `klopt niet (${en})` };
}
