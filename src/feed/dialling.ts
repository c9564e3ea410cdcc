/**
 * What a publisher's phone number means beyond its digits: which country a national number
 * (leading 0) belongs to, from the feed's time zone, and which numbers have no international form
 * at all (112, a municipality's 14 038). For the CLI, the studio and lint; readers do not need it,
 * so it is kept apart from phone.ts, which they do. Pure.
 */
import { isNanpZone } from './phone.js';

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


/**
 * The zones above by their name in lower case: a feed may spell its zone in any case ("europe/amsterdam" is valid),
 * and a Dutch desk that typed it so had every 0800 number refused as "no country".
 */
const TRUNK_ZERO_LOWER = new Map(Object.entries(TRUNK_ZERO_ZONES).map(([z, code]) => [z.toLowerCase(), code]));

/** A feed on a US or Canadian clock (kept with the readers' phone.ts, which writes its numbers). */
export { isNanpZone };

/**
 * The country calling code a national number is read in, for a feed in `timeZone`: a leading 0 is dropped
 * after it, except for `1` (US, Canada), where a 10-digit number is read; undefined when not known.
 */
export function callingCodeForZone(timeZone: string | undefined): string | undefined {
  return timeZone ? (TRUNK_ZERO_LOWER.get(timeZone.toLowerCase()) ?? (isNanpZone(timeZone) ? '1' : undefined)) : undefined;
}

/** Public emergency numbers, dialled as they are: 112 (Europe and beyond), 911, 999, 000 (Australia), 111 (New Zealand), 110 and 119. */
const EMERGENCY_SERVICES = /^(?:112|911|999|000|111|110|119)$/;
/** The Dutch government's short numbers: 1400, and a municipality's 14 + its area code (14 020, 14 038). */
const NL_GOVERNMENT = /^(?:1400|140\d{2,3})$/;
/** 113, the Dutch suicide prevention line (also 0800-0113): dialled as it is, only in a feed from the Netherlands. */
const NL_SERVICES = /^113$/;
/**
 * British public service short numbers that a council or utility lists beside 999 and 111: 101
 * (police, non-emergency), 105 (power cut), 116 xxx (helplines such as 116 123) and 18000 (text
 * relay to 999). Before, lint called them "not in E.164 form", so `new channel`, the studio and
 * `sign` refused a UK council's police line. Also Relay UK's 18001 before a number (18001 111: NHS 111
 * from a textphone, which a GP practice lists for deaf patients; 18001 020 7946 0321). And 159 (Stop Scams UK: it puts
 * the caller through to their own bank's real number), which a British bank lists beside its fraud line in a scam wave;
 * before, `new channel --link 159` was refused as "not in international E.164 form".
 */
const GB_SERVICES = /^(?:101|105|159|116\d{3}|18000|18001(?:1\d\d|0\d{9,10}))$/;

/**
 * Belgian public short numbers that a school, municipality or utility lists beside 112: 100 (fire and
 * ambulance), 101 (the police), 102 (Awel, the children's and young people's helpline), 106 and 107 (Tele-Onthaal,
 * Télé-Accueil), 1712 (violence and abuse), 1722 (the fire brigade for storm damage that is not urgent),
 * 1733 (the GP out of hours), 1747 (information in a disaster), 1813 (suicide prevention), and the regions' free
 * information lines 1700 (the Flemish government) and 1718 (Wallonia); only in a
 * feed from Belgium (in a British one 102 is a typo). Before,
 * `new channel --link 102` was refused as "not in international E.164 form" with a Dutch and a British example
 * (and a Flemish water company's `--link 1700` so still), and lint asked it to list the police's 101 as its own
 * emergency line.
 */
const BE_SERVICES = /^(?:10[0-2]|106|107|1700|1712|1718|1722|1733|1747|1813)$/;

/**
 * US and Canadian three-digit public numbers (N11, and 988) that an internet or phone provider, a utility or a city
 * lists beside 911: 211 (help with food, shelter, a warming centre), 311 (city services), 511 (road
 * conditions), 711 (relay for deaf, hard-of-hearing and speech-disabled callers), 811 (call before you
 * dig: cut fiber, gas lines) and 988 (the Suicide & Crisis Lifeline); only in a feed on a US or Canadian
 * clock (elsewhere 711 is a typo). Before, a fiber provider's `new channel --link 711` for its relay line was refused as
 * "not in international E.164 form".
 */
const NANP_SERVICES = /^(?:211|311|511|711|811|988)$/;

const dialled = (href: string) => href.replace(/^tel:/i, '').replace(/[\s().-]/g, '');

/**
 * A US or Canadian public three-digit number (211, 311, 511, 711, 811, 988) in a feed from there (`countryCode` 1):
 * a public service, like 911 nobody's own line, so an urgent action may call it without an emergency channel
 * of the publisher's (lint's emergency-channel-missing told a fiber provider to list 988 as its own emergency line).
 */
export function isNanpServiceNumber(href: string, countryCode?: string): boolean {
  return countryCode === '1' && NANP_SERVICES.test(dialled(href));
}

/**
 * Dutch public lines with an ordinary number: 0800-0113 (113 suicide prevention) and 0900-8844 (the police, not urgent).
 * Nobody's own line, so a publisher need not list them as its emergency line.
 */
const NL_PUBLIC_LINES = /^\+31(?:8000113|9008844)$/;

/**
 * A public helpline or service number of the feed's country (`countryCode`, callingCodeForZone), which is none of the
 * publisher's own lines, so an urgent action may call it without an emergency channel of the publisher's: in the US and
 * Canada 211, 311, 511, 711, 811 and 988; in Belgium 100, 101, 102 (Awel), 106, 107, 1700, 1712, 1718, 1722, 1733, 1747 and 1813
 * (suicide prevention); in the Netherlands 113 and 0800-0113 (suicide prevention) and 0900-8844 (the police, not
 * urgent); in Britain 101, 105, 159, 116 xxx (116 123) and 18000 (111 is an emergency number, isEmergencyServiceNumber).
 * Before, lint's emergency-channel-missing told a Belgian school calling 1813 to list it as its own emergency line.
 */
export function isPublicServiceNumber(href: string, countryCode?: string): boolean {
  const d = dialled(href);
  switch (countryCode) {
    case '1': return NANP_SERVICES.test(d);
    case '32': return BE_SERVICES.test(d);
    case '31': return NL_SERVICES.test(d) || NL_PUBLIC_LINES.test(d);
    case '44': return GB_SERVICES.test(d);
    default: return false;
  }
}

/** A public emergency number (`tel:112`): no company's own line, and no international form. */
export function isEmergencyServiceNumber(href: string): boolean {
  return EMERGENCY_SERVICES.test(dialled(href));
}

/**
 * A number that is dialled as it is and has no international (E.164) form: an emergency number,
 * a Dutch government short number, a British public service one (101, 105), in a feed from the Netherlands
 * (`countryCode` 31) 113, in a feed from Belgium
 * (`countryCode` 32, callingCodeForZone) a Belgian one (1722, 102: elsewhere a typo), or in a US or
 * Canadian one (`countryCode` 1) 211, 311, 511, 711, 811 or 988. A `tel:` link to it
 * works within its country.
 */
export function isShortNumber(href: string, countryCode?: string): boolean {
  const d = dialled(href);
  return EMERGENCY_SERVICES.test(d) || NL_GOVERNMENT.test(d) || GB_SERVICES.test(d) || (countryCode === '32' && BE_SERVICES.test(d))
    || (countryCode === '31' && NL_SERVICES.test(d)) || (countryCode === '1' && NANP_SERVICES.test(d));
}

/**
 * How many digits follow the country code in a valid number, for the countries whose numbering
 * plans are simple enough to say so (a missing or extra digit is the commonest typo): Dutch
 * numbers have 9 (0800 and 0900 numbers 7 or 10: 0800 and 4 or 7 digits), British ones 9 or 10,
 * Belgian ones 8 (mobiles 9), US and Canadian ones (+1) 10: the area code and the 7-digit number,
 * toll-free 800 to 888 too; Irish ones only where the plan is fixed (below). Other countries: not known.
 */
/** After +31: a freephone or paid information number (0800, 0900, 0906, 0909), whose digit counts differ. */
const NL_INFO_NUMBER = /^(?:800|90[069])/;

/**
 * Irish numbers whose length is fixed (trial W: a gas network's emergency line "+353 1 555 010", a digit short, was
 * accepted): Dublin 01 has 8 after +353, mobiles 083–089 and 076 9, 0818 9, freephone and lo-call 1800/1850/1890 10 (dialled
 * without a 0). Other areas' numbers have 5 to 7 digits after their code: not checked. The kind names them in lint's words.
 */
function irish(rest: string): { allowed: readonly number[]; kind: string; loose?: true } | undefined {
  const free = /^1(?:800|850|890)/.exec(rest);
  if (free) return { allowed: [10], kind: free[0] };
  if (/^818/.test(rest)) return { allowed: [9], kind: '0818' };
  if (/^(?:8[3-9]|76)/.test(rest)) return { allowed: [9], kind: `0${rest.slice(0, 2)}` };
  // Other areas (021 Cork, 091 Galway, 0404 Wicklow): a 2- or 3-digit code and 5 to 7 digits, so 7 to 9 after +353. Not
  // fixed per area, so only a warning, even on an emergency line (trial W: "021 123 45" passed without a word).
  if (/^(?:2[1-9]|[4569]\d|7[14])/.test(rest)) return { allowed: [7, 8, 9], kind: `0${rest.slice(0, 2)}`, loose: true };
  return rest.startsWith('1') ? { allowed: [8], kind: '01' } : undefined;
}

const DIGITS_AFTER: Readonly<Record<string, (rest: string) => readonly number[]>> = {
  // Before, 0800 numbers took 7 to 10 and the studio said "8 of 11" of a range that let 0800 035 12 through.
  '31': (rest) => (NL_INFO_NUMBER.test(rest) ? [7, 10] : [9]),
  // British numbers have 10 after +44 (020 7946 0123, 0345 600 1234, 07700 900123); only some 01 areas and freephone
  // 0800 also have 9 (016977 2345, 0800 123 456), and Childline's 0800 1111 has 7. Before, any 9 passed: a London
  // desk's "020 7946 012", a digit short, went out without a word; and Childline was a digit short.
  '44': (rest) => (rest === '8001111' ? [7] : /^(?:1|800)/.test(rest) ? [9, 10] : [10]),
  // Belgian numbers have 8 (03 123 45 67, 050 12 34 56, 0800 12 345), mobiles (045x to 049x) 9.
  '32': (rest) => (/^4[5-9]/.test(rest) ? [9] : [8]),
  '1': () => [10],
};

/**
 * For `tel:+31531234567`: undefined when its length is right or not known, else the country code, the digit counts a
 * number there may have after it, and for a Dutch 0800 or 0900 number that kind ("0800"), whose counts differ.
 * Before, `+1 800 555 01999` (a digit too many in a US toll-free number) passed without a word.
 */
export function digitCountProblem(href: string): { code: string; got: number; allowed: readonly number[]; kind?: string; loose?: true } | undefined {
  const m = /^tel:\+(353|31|44|32|1)(\d+)$/i.exec(href.replace(/[\s().-]/g, ''));
  if (!m) return undefined;
  const [code, rest] = [m[1]!, m[2]!];
  if (code === '353') {
    const ie = irish(rest);
    return !ie || ie.allowed.includes(rest.length) ? undefined : { code, got: rest.length, allowed: ie.allowed, kind: ie.kind, ...(ie.loose ? { loose: ie.loose } : {}) };
  }
  const allowed = DIGITS_AFTER[code]!(rest);
  const kind = code === '31' && NL_INFO_NUMBER.test(rest) ? `0${rest.slice(0, 3)}` : undefined;
  return allowed.includes(rest.length) ? undefined : { code, got: rest.length, allowed, ...(kind ? { kind } : {}) };
}

/**
 * The public emergency services' number in a feed's time zone (999 on a British or Irish clock, 911 in the US and Canada, 000 in
 * Australia, 111 in New Zealand), 112 where nothing else is known (all of Europe). `clearline new incident`, `new
 * channel` and lint's emergency-services-missing all choose it here.
 */
export function emergencyServicesNumber(zone: string | undefined): string {
  if (!zone) return '112';
  // Ireland: 999, which Irish callers know (112 works too); before 112, so lint did not count an Irish feed's 999 line as one (trial W).
  if (/^Europe\/(?:London|Belfast|Guernsey|Jersey|Isle_of_Man|Dublin)$/.test(zone)) return '999';
  if (isNanpZone(zone)) return '911';
  if (zone.startsWith('Australia/')) return '000';
  if (zone === 'Pacific/Auckland') return '111';
  return '112';
}

/** A link to the emergency services of the feed's country: its own number or 112 (NHS 111 in Britain is not). */
export const isCountryEmergencyNumber = (href: unknown, zone: string | undefined): boolean =>
  typeof href === 'string' && /^tel:/i.test(href) && [emergencyServicesNumber(zone), '112'].includes(dialled(href));
