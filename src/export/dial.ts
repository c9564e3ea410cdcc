/**
 * How the exports read and write a phone number for the feed's place: the language its numbers are
 * dialled in (numbersLang), the language tag of the place (dialLang) and the form of a number a label already says (numberSaid). Pure.
 */
import type { StatusPayload } from '../feed/schema.js';
import { forAbroad, numberInLabel, numberLang } from '../content/links.js';
import { callingCodeForZone, isNanpZone } from '../feed/dialling.js';

/** Whether a text (a label, its who) is for callers abroad: the elements' rule (content/links.ts), re-exported for the exports. */
export { forAbroad };

/** The digits a `tel:` link may be written with: as linked, and at home with 0 for the country code (+31 800 → 0800, +44 20 → 020). */
export function dialledForms(href: string): string[] {
  const raw = href.replace(/^tel:/i, '');
  const digits = raw.replace(/\D/g, '').replace(/^00/, '');
  return /^(\+|00)/.test(raw) ? [digits, ...[1, 2, 3].map((cc) => `0${digits.slice(cc)}`)] : [digits];
}

/** What these need of an export's context (text.ts). */
type Place = { lang: string; payload: Pick<StatusPayload, 'time_zone'> };

/** Plain English (`en`, or `en-US`) in a feed on a US or Canadian clock: said and written as in America. */
export const usEnglish = (lang: string, timeZone: string | undefined) => /^en(-US)?$/i.test(lang) && isNanpZone(timeZone);

/**
 * The language tag of the feed's place that an export is written and voiced in (the page's and the e-mail's lang, Atom's
 * xml:lang, CAP's language, the phone message's voice, the studio's preview): English from a feed on the British clock as
 * en-GB, from a US or Canadian one as en-US, Dutch or French from the Belgian clock as nl-BE / fr-BE; else as it is.
 * Numbers are written with numbersLang, which also gives other languages their feed's region.
 */
export function dialLang(ctx: Place): string {
  const { lang } = ctx;
  const zone = ctx.payload.time_zone;
  if (usEnglish(lang, zone)) return 'en-US';
  if (/^en$/i.test(lang) && zone === 'Europe/London') return 'en-GB';
  return /^(nl|fr)$/i.test(lang) && zone === 'Europe/Brussels' ? `${lang}-BE` : lang;
}

/**
 * The language a label's number is read and written in (formatTel, numberInLabel): as the elements write it (numberLang),
 * so a number of the feed's own country is written as dialled there in every language. A Dutch hospital's and grid
 * operator's English e-mail and phone message said "+31 800 9009", which nobody dials in the Netherlands (trials Q, R);
 * now 0800 9009, as the Dutch ones; a British feed's "Call 0800 123 4567" is not followed by "+44 800 123 4567".
 */
export const numbersLang = (ctx: Place) => numberLang(ctx.lang, ctx.payload.time_zone);

/**
 * The language a number is written in beside these texts: as dialled where the feed is (numbersLang), but with its country
 * code for callers abroad (forAbroad): a broadband provider's social post said "From abroad, call our helpline (0113 496
 * 0000)", which does not connect from outside the UK; now "(+44 113 496 0000)".
 */
export const telLang = (ctx: Place, ...texts: (string | undefined)[]): string => (forAbroad(...texts) ? '' : numbersLang(ctx));

/**
 * The form of a `tel:` link's number that a label already says, else undefined: as the elements find it (numberInLabel,
 * read as numbersLang), or as the number is dialled at home in the feed's own country. An English label on a feed on
 * Amsterdam time writes a Dutch number as the Dutch do ("Klantenservice 0800 1234", "Gas smell? Call 0800-9009"),
 * while its English reader was shown "+31 800 1234": every export said the number twice, "Klantenservice 0800 1234: +31 800 1234".
 */
export function numberSaid(ctx: Place, label: string, href: string): string | undefined {
  const said = numberInLabel(label, href, numbersLang(ctx));
  const cc = callingCodeForZone(ctx.payload.time_zone);
  const intl = href.replace(/[^\d+]/g, '').replace(/^00/, '+');
  // Countries that dial 0 before the area code at home (the North American 1 is not one).
  if (said || !cc || cc === '1' || !intl.startsWith(`+${cc}`)) return said;
  const home = `0${intl.slice(1 + cc.length)}`;
  return label.replace(/\D/g, '').includes(home) ? home : undefined;
}
