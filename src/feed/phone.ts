/**
 * Phone numbers as people write them. Dutch numbers are grouped the Dutch way (`+31 30 234 5678`,
 * `0800 9009`, `06 1234 5678`); a national number in a `tel:` link gets a suggested E.164 form
 * (`tel:0800-9009` -> `tel:+318009009`) only when the country is known, from the feed's time zone.
 * Pure.
 */

/**
 * Countries whose national numbers start with a 0 that is dropped after the country code
 * (`0800 9009` -> `+31 800 9009`), by the IANA time zone a feed from there has. Elsewhere a
 * leading 0 means something else (Italy keeps it, Denmark and Norway have none, the US uses 1),
 * so a national number is only turned into an international one for these zones; for any other
 * the publisher writes it with + and the country code. (Before, every such number was read as
 * Dutch: a British water company's `0800 123 4567` became a Dutch number.)
 */
const TRUNK_ZERO_ZONES: Readonly<Record<string, string>> = {
  'Europe/Amsterdam': '31',
  'Europe/Brussels': '32',
  'Europe/Paris': '33',
  'Europe/Zurich': '41',
  'Europe/Vienna': '43',
  'Europe/London': '44',
  'Europe/Stockholm': '46',
  'Europe/Berlin': '49',
  'Europe/Dublin': '353',
  'Europe/Helsinki': '358',
  'Africa/Johannesburg': '27',
  'Australia/Sydney': '61',
  'Australia/Melbourne': '61',
  'Australia/Brisbane': '61',
  'Australia/Adelaide': '61',
  'Australia/Perth': '61',
  'Pacific/Auckland': '64',
};

/** The country calling code a national number (leading 0) is read in, for a feed in `timeZone`; undefined when not known. */
export function callingCodeForZone(timeZone: string | undefined): string | undefined {
  return timeZone ? TRUNK_ZERO_ZONES[timeZone] : undefined;
}

/** Public emergency numbers, dialled as they are: 112 (Europe and beyond), 911, 999, 000 (Australia), 111 (New Zealand), 110 and 119. */
const EMERGENCY_SERVICES = /^(?:112|911|999|000|111|110|119)$/;
/** The Dutch government's short numbers: 1400, and a municipality's 14 + its area code (14 020, 14 038). */
const NL_GOVERNMENT = /^(?:1400|140\d{2,3})$/;

const dialled = (href: string) => href.replace(/^tel:/i, '').replace(/[\s().-]/g, '');

/** A public emergency number (`tel:112`): no company's own line, and no international form. */
export function isEmergencyServiceNumber(href: string): boolean {
  return EMERGENCY_SERVICES.test(dialled(href));
}

/**
 * A number that is dialled as it is and has no international (E.164) form: an emergency number,
 * or a Dutch government short number. A `tel:` link to it works within its country.
 */
export function isShortNumber(href: string): boolean {
  const d = dialled(href);
  return EMERGENCY_SERVICES.test(d) || NL_GOVERNMENT.test(d);
}

/** Dutch area codes of two digits after the 0 (Amsterdam 20, Utrecht 30, …); the rest have three. */
const NL_SHORT_AREAS = new Set(['10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79']);
/** Non-geographic prefixes: free, paid, information numbers. */
const NL_SERVICE = new Set(['800', '900', '906', '909', '88', '85', '84', '87', '91']);

/** Groups Dutch subscriber digits: 7 as "234 5678", 6 as "123 456", 4 as "9009". */
function groupRest(rest: string): string {
  if (rest.length === 7) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  if (rest.length === 6) return `${rest.slice(0, 3)} ${rest.slice(3)}`;
  if (rest.length === 8) return `${rest.slice(0, 4)} ${rest.slice(4)}`;
  return rest.replace(/(\d{3})(?=\d{3,})/g, '$1 ');
}

/** Splits a Dutch number without its 0 or +31 into [prefix, rest]. */
function splitDutch(digits: string): [string, string] | undefined {
  if (digits.length < 6 || digits.length > 11) return undefined;
  if (digits.startsWith('6') && digits.length === 9) return ['6', digits.slice(1)];
  for (const len of [3, 2]) {
    const p = digits.slice(0, len);
    if (NL_SERVICE.has(p)) return [p, digits.slice(len)];
  }
  if (digits.length !== 9) return undefined;
  const two = digits.slice(0, 2);
  return NL_SHORT_AREAS.has(two) ? [two, digits.slice(2)] : [digits.slice(0, 3), digits.slice(3)];
}

/**
 * A Dutch number grouped as Dutch people write it: `+31302345678` -> `+31 30 234 5678`,
 * `08009009` -> `0800 9009`, `0612345678` -> `06 1234 5678`. Undefined when it is not Dutch.
 */
export function groupDutch(number: string): string | undefined {
  const compact = number.replace(/[\s().-]/g, '');
  const intl = /^(?:\+|00)31(\d+)$/.exec(compact);
  const national = /^0([1-9]\d+)$/.exec(compact);
  const digits = intl?.[1] ?? national?.[1];
  if (!digits) return undefined;
  const split = splitDutch(digits);
  if (!split) return undefined;
  const [prefix, rest] = split;
  return intl ? `+31 ${prefix} ${groupRest(rest)}` : `0${prefix} ${groupRest(rest)}`;
}

/**
 * The E.164 `tel:` link for a number written nationally or with separators: `tel:0800-9009` ->
 * `tel:+318009009` with country code 31 (see callingCodeForZone), `tel:0032…` -> `tel:+32…`.
 * Undefined when nothing sensible can be suggested, also for a national number when the country
 * is not known.
 */
export function suggestTel(href: string, countryCode?: string): string | undefined {
  const raw = href.replace(/^tel:/i, '');
  const compact = raw.replace(/[\s().\-/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (compact.startsWith('0') && countryCode) e164 = `+${countryCode}${compact.slice(1)}`;
  else return undefined;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? `tel:${e164}` : undefined;
}
