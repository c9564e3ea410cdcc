/**
 * How the exports read and write a phone number for the feed's place: the language its numbers are
 * dialled in (dialLang) and the form of a number a label already says (numberSaid). Pure.
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
 * The language whose way of dialling a label's number is read in: English from a feed on the British
 * clock is read as en-GB, so "Call 0800 123 4567" (tel:+448001234567) is not followed by "+44 800 123 4567";
 * from a US or Canadian one as en-US: "(312) 555-0142"; Dutch or French from the Belgian clock as nl-BE / fr-BE: "03 123 45 67".
 */
export const dialLang = (ctx: Place) => numberLang(ctx.lang, ctx.payload.time_zone);

/**
 * The language a number is written in beside these texts: as dialled where the feed is (dialLang), but with its country
 * code for callers abroad (forAbroad): a broadband provider's social post said "From abroad, call our helpline (0113 496
 * 0000)", which does not connect from outside the UK; now "(+44 113 496 0000)".
 */
export const telLang = (ctx: Place, ...texts: (string | undefined)[]): string => (forAbroad(...texts) ? '' : dialLang(ctx));

/**
 * The form of a `tel:` link's number that a label already says, else undefined: as the elements find it (numberInLabel,
 * read as dialLang), or as the number is dialled at home in the feed's own country. An English label on a feed on
 * Amsterdam time writes a Dutch number as the Dutch do ("Klantenservice 0800 1234", "Gas smell? Call 0800-9009"),
 * while its English reader is shown "+31 800 1234": every export said the number twice, "Klantenservice 0800 1234: +31 800 1234".
 */
export function numberSaid(ctx: Place, label: string, href: string): string | undefined {
  const said = numberInLabel(label, href, dialLang(ctx));
  const cc = callingCodeForZone(ctx.payload.time_zone);
  const intl = href.replace(/[^\d+]/g, '').replace(/^00/, '+');
  // Countries that dial 0 before the area code at home (the North American 1 is not one).
  if (said || !cc || cc === '1' || !intl.startsWith(`+${cc}`)) return said;
  const home = `0${intl.slice(1 + cc.length)}`;
  return label.replace(/\D/g, '').includes(home) ? home : undefined;
}
