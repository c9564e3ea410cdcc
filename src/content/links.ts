import { groupBelgian, groupBritish, groupDutch, groupIrish, isNanpZone } from '../feed/phone.js';
import { SMS_LINK_PATTERN } from '../feed/sms-link.js';

/** The link policy for everything a feed can make clickable: https, mailto and tel only. */
// Control characters, whitespace, backslashes and the quote and angle characters never belong in a link.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\\"'<>`]/;
const TEL = /^tel:(\+?[0-9][0-9().-]{2,30})$/;

/** Returns the link when the policy allows it, else null. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 2048 || FORBIDDEN.test(href.replace(/^tel:[^]*$/, (t) => t.replace(/ /g, '')))) return null;
  const lower = href.slice(0, 8).toLowerCase();
  if (lower.startsWith('https://')) {
    try {
      const url = new URL(href);
      return url.protocol === 'https:' && url.hostname ? href : null;
    } catch {
      return null;
    }
  }
  if (lower.startsWith('tel:')) return TEL.test(href.replace(/ /g, '')) && href.startsWith('tel:') ? href : null;
  if (lower.startsWith('mailto:')) {
    return href.startsWith('mailto:') && /^mailto:[^?&/:@]+@[^?&/:@]+\.[^?&/:@]+$/.test(href) ? href : null;
  }
  return null;
}

/**
 * A link the embedding site wrote itself (not the feed): https, or a relative link on the same site
 * (`/storingen`, `storingen.html`, `../status`, `?lang=nl`, `#faq`). Never a scheme (`javascript:`),
 * `//other.host`, or a backslash or space, which browsers may read as `/` or strip (`/\other.host`).
 */
export function siteHref(href: string): string | null {
  return safeHref(href) ?? (href && !FORBIDDEN.test(href) && !href.startsWith('//') && !/^[^/?#]*:/.test(href) ? href : null);
}

/**
 * The language a feed's numbers are written in for a reader of `lang` (formatTel): with the region of the feed's clock,
 * so a number of the feed's own country is written as dialled there, in every language: English or Dutch on the British
 * clock as en-GB / nl-GB ("0345 300 0000"), on the Dutch one as en-NL / nl-NL ("0800 9009"), on the Belgian one as
 * en-BE / nl-BE / fr-BE ("03 123 45 67"), on the Irish one as en-IE ("1800 20 55 55", "01 555 0100"), on a US or Canadian one with -US ("(312) 555-0142"); other countries' numbers
 * keep their +. A page that names its region keeps it. A bank's site with `<html lang="en">` showed "+44 345 300 0000"
 * while every export said 0345 300 0000; a Dutch hospital's and grid operator's English pages "Call now: +31 800 9009",
 * a form nobody dials in the Netherlands (trials Q, R). The `tel:` link itself keeps the + form.
 */
export function numberLang(lang: string, zone: string | undefined): string {
  const z = zone?.toLowerCase();
  const region = isNanpZone(zone) ? 'US' : z === 'europe/amsterdam' ? 'NL' : z === 'europe/london' ? 'GB' : z === 'europe/brussels' ? 'BE' : z === 'europe/dublin' ? 'IE' : '';
  return region && !lang.includes('-') ? `${lang}-${region}` : lang;
}

/**
 * The number a `tel:` link really dials, for display in the elements and every export, so that a
 * label can never show one number while the link calls another. Keeps the publisher's own grouping;
 * Dutch numbers are grouped as Dutch people write them (`+31 30 234 5678`, `+31 800 9009`), and for
 * a reader in the Netherlands (`lang` nl, nl-NL, en-NL: numberLang) as they dial them at home (`030 234 5678`, `0800 9009`);
 * British ones as British people write them (`+44 20 7946 0018`, groupBritish; for en-GB or nl-GB `020 7946 0018`), Belgian
 * ones as Belgians do (`+32 3 123 45 67`, `+32 470 12 34 56`: groupBelgian; for nl-BE, fr-BE or en-BE `03 123 45 67`); US ones for
 * en-US or es-US as `(312) 555-0142`; Irish ones as `+353 1 555 0100`, for en-IE `01 555 0100` and `1800 20 55 55` (groupIrish);
 * other digits in threes after the country code (+352 123 456).
 */
export function formatTel(href: string, lang = ''): string {
  const raw = href.replace(/^tel:/, '');
  const uk = /^\+44\d{9,10}$/.test(raw) && groupBritish(raw.slice(3));
  // A British page (en-GB, or nl-GB of a British feed) dials a British number from home, as a Dutch page a Dutch one: 020 7946 0018.
  if (uk) return /-GB$/i.test(lang) ? `0${uk}` : `+44 ${uk}`;
  // An American page (en-US) writes a US number as it is dialled there: (312) 555-0142.
  if (/-US$/i.test(lang) && /^\+1\d{10}$/.test(raw)) return raw.replace(/^\+1(\d{3})(\d{3})/, '($1) $2-');
  // A Dutch number for a Dutch page, or any page of a Dutch feed (en-NL: numberLang): 0800 9009 (trials Q, R).
  const dutch = /^\+31\d+$/.test(raw) && groupDutch(/^nl$|-NL$/i.test(lang) ? `0${raw.slice(3)}` : raw);
  if (dutch) return dutch;
  if (/[ .()-]/.test(raw.slice(1))) return raw.replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
  // A Dutch municipality's short number is written 14 + its area code: 14 038.
  if (/^140\d{2,3}$/.test(raw)) return `14 ${raw.slice(2)}`;
  const m = /^(\+?)(\d+)$/.exec(raw);
  if (!m) return raw;
  const [, plus, digits] = m as unknown as [string, string, string];
  if (!plus) return digits.replace(/(\d{3})(?=\d{3,})/g, '$1 ');
  // The country code's length (ITU E.164): 1 and 7 have one digit; these three (21x–26x, 29x, 35x, 37x, 38x, 42x, 50x, 59x,
  // 67x–69x, 80x, 85x, 87x, 88x, 96x, 97x, 99x: +352, +353, +358, +420); all others two (+20, +27, +30–+34, +36, +39, +40, +41,
  // +43–+49, +51–+58, +60–+66, +81, +82, +84, +86, +90–+95, +98). Before, every code but 1 and 7 was cut after two digits:
  // Irish readers saw "+35 318 002 05555" (trial W).
  const cc = /^[17]/.test(digits) ? 1 : /^(?:2[1-689]|3[578]|42|5[09]|6[7-9]|8[0578]|9[679])/.test(digits) ? 3 : 2;
  const rest = digits.slice(cc);
  // An Irish number as the Irish write it (groupIrish), on an Irish page (en-IE, ga-IE) as dialled there: 01 555 0100, 1800 20 55 55.
  if (digits.startsWith('353')) return groupIrish(rest, /-IE$/i.test(lang));
  // A Belgian number as Belgians write it (groupBelgian): +32 3 123 45 67, +32 470 12 34 56, and on a Belgian
  // page (nl-BE, fr-BE) as dialled at home: 03 123 45 67. Other digits in threes.
  if (digits.startsWith('32')) return /-BE$/i.test(lang) ? `0${groupBelgian(rest)}` : `+32 ${groupBelgian(rest)}`;
  return `+${digits.slice(0, cc)} ${rest.replace(/(\d{3})(?=\d{3,})/g, '$1 ')}`;
}

/**
 * What goes between a label and the number or address after it: ": " ("Customer service: 0345 300 0000"), but only a space after a
 * label that ends on its own mark ("Lost money or been scammed? 0800 046 0000", not "scammed?: 0800…"). The elements
 * (contactLink) and every export (channelView) write it so.
 */
export const labelSeparator = (label: string): string => (/[?!:]$/.test(label.trim()) ? ' ' : ': ');

/**
 * The form of a `tel:` link's number that a label already says ("Call 112", "Bel 0800-0359"), else
 * undefined, so no element or export says the number twice. Digits are compared with the number as
 * shown (formatTel), as linked, and as shown when the link had no separators (a Dutch reader's
 * "Bel 0800-9009" for tel:+31 800 9009 or tel:0031 800 9009; "Bel +31 800 9009" for tel:+318009009;
 * a British reader's "Call 0800 123 4567" for tel:+448001234567). A reader abroad still gets the + form.
 */
export function numberInLabel(label: string, href: string, lang: string): string | undefined {
  const digits = (s: string) => s.replace(/\D/g, '');
  const intl = href.replace(/[^\d+]/g, '').replace(/^00/, '+');
  // A British reader (en-GB) dials +44 numbers with 0, a Dutch one +31 (formatTel): "Call 0800 123 4567".
  return [formatTel(href, lang), href, formatTel(intl, lang)].find((t) => digits(label).includes(digits(t)));
}

/**
 * Words that say a number is for people abroad ("From abroad, call …", "Calling from outside the UK?", "Vanuit het
 * buitenland"): there the number as dialled at home (0113 496 0000) does not work, only the international form does.
 * The elements (contactLink) and every export read it alike.
 */
const ABROAD = /abroad|overseas|outside the (?:uk|u[ns]|n|c)|from outside|internationa|buitenland/i;

/** Whether any of these texts (a label, its who) is for callers abroad. */
export const forAbroad = (...texts: (string | undefined)[]): boolean => texts.some((t) => !!t && ABROAD.test(t));

/**
 * The number (as a `tel:` link, for formatTel and numberInLabel) and the words to send (plain text, '' for none) of an
 * `sms:` link a feed may carry (feed/sms-link.ts, trial T); else undefined. Words that do not decode, or decode to
 * characters no link may have (FORBIDDEN: control and direction marks, quotes, angle brackets), make it no link.
 */
export function smsParts(href: unknown): { tel: string; body: string } | undefined {
  if (typeof href !== 'string' || !SMS_LINK_PATTERN.test(href)) return;
  const [number, query = ''] = href.slice(4).replace(/ /g, '').split('?body=');
  try {
    const body = decodeURIComponent(query).trim();
    if (!FORBIDDEN.test(body.replace(/ /g, ''))) return { tel: `tel:${number}`, body };
  } catch {}
}

/**
 * What an `sms` channel's link says, the number written as its `tel:` would be (formatTel): "Text OUT to (316) 555-0142",
 * "Sms STORING naar 0800 9009"; without words to send "Text (316) 555-0142", "Sms naar 0800 9009". Trial T: a co-op's
 * storm line written as a phone line dialled the jammed lines. The elements (contactLink) and every export say it so.
 */
export const textTo = (number: string, body: string, lang: string): string =>
  /^nl\b/i.test(lang) ? `Sms ${body ? `${body} ` : ''}naar ${number}` : `Text ${body ? `${body} to ` : ''}${number}`;
