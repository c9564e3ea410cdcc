/**
 * Phone numbers as people write them. Dutch numbers are grouped the Dutch way (`+31 30 234 5678`,
 * `0800 9009`, `06 1234 5678`), British ones the British way (`+44 20 7946 0018`, `+44 1632 960123`),
 * Belgian ones the Belgian way (`+32 3 123 45 67`, `+32 470 12 34 56`), Irish ones the Irish way (`01 555 0100`,
 * `1800 20 55 55`: groupIrish); the E.164 form for a link is
 * suggested by tel-suggest.ts (apart, so the readers' code does not carry it). Pure.
 */

/**
 * US and Canadian time zones (the North American Numbering Plan, +1): a number there is its 10 digits,
 * written `(312) 555-0142` or `312-555-0142`, with no 0 to drop (a 1 before it is the trunk prefix).
 * Before, a Chicago water utility's `(312) 555-0142` was refused as "not in international E.164 form"
 * with a Dutch and a British example.
 */
const NANP_ZONES = new Set([
  'America/New_York', 'America/Detroit', 'America/Indiana/Indianapolis', 'America/Kentucky/Louisville', 'America/Chicago',
  'America/Denver', 'America/Boise', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu',
  'America/Puerto_Rico', 'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg',
  'America/Regina', 'America/Halifax', 'America/St_Johns',
]);
const NANP_LOWER = new Set([...NANP_ZONES].map((z) => z.toLowerCase()));

/** A feed on a US or Canadian clock, whose numbers are +1 and 10 digits. */
export const isNanpZone = (timeZone: string | undefined): boolean => !!timeZone && NANP_LOWER.has(timeZone.toLowerCase());

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

/** British area codes of five digits after the 0 (a few rural exchanges): 5 + 5 digits. */
const GB_FIVE = /^(?:13873|15242|1539[456]|1697[347]|1768[347]|19467|1975[56])/;

/**
 * A British number's 9 or 10 digits after `+44`, grouped as British people write and say them
 * (`1632 960123`, `20 7946 0018`, `7700 900123`), not in threes (`163 296 0123` splits the area
 * code 01632); undefined when not a length or prefix we know. formatTel puts `+44 ` before it.
 */
export function groupBritish(n: string): string | undefined {
  // The length of the area code or prefix. 10 digits: rural exchanges 5; London, Southampton, Portsmouth,
  // Coventry, Cardiff, Northern Ireland (020, 023, 024, 029, 028) and 05x 2; Leeds, Sheffield, Manchester…
  // (011x, 01x1), 03, 08 and 09 3; other geographic numbers (01632) and mobiles (07700) 4.
  // 9 digits: some geographic numbers (01xxx xxxxx) 4, 0800 xxxxxx 3.
  const f = n[9]
    ? GB_FIVE.test(n) ? 5 : /^[25]/.test(n) ? 2 : /^(?:1\d1|11\d|[389])/.test(n) ? 3 : /^[17]/.test(n) ? 4 : 0
    : n[0] === '1' ? 4 : n[0] === '8' ? 3 : 0;
  const rest = n.slice(f);
  // 8 digits after the prefix are said 4 + 4, 7 as 3 + 4; 6 or 5 whole.
  return f ? `${n.slice(0, f)} ${rest[6] ? rest.replace(/(?=\d{4}$)/, ' ') : rest}` : undefined;
}

/**
 * A Belgian number's 8 or 9 digits after `+32`, grouped as Belgians write them: `3 123 45 67` (the
 * one-digit zones Brussels 2, Antwerp 3, Liège 4, Ghent 9), `50 12 34 56` (the other zones),
 * `470 12 34 56` (mobiles), `800 12 345` (0800, 090x: "0800 22 800"), `78 170 170` (078, 070: Card Stop's
 * "078 170 170" on every Belgian bank card, the poison centre's "070 245 245"). formatTel puts `+32 ` before it, the studio
 * `0` in a Belgian feed. Before, readers saw `+32 312 34567` (in threes) and the studio `031234567`; and
 * trial U's Card Stop was shown "078 17 01 70" and "0800 12 345" "0800 123 45". Other lengths are grouped in twos.
 */
export const groupBelgian = (n: string): string =>
  n.replace(/^(7[08]|800|90\d)(\d\d\d?)(?=\d{3}$)|^[2349](?!\d{8})|\d\d(?=(\d\d)+$)/g, (m, p?: string, q?: string) => (p ? `${p} ${q} ` : `${m} `));

/**
 * An Irish number's digits after `+353` as Irish people write them: `+353 1 555 0100` (Dublin), `+353 21 123 4567`,
 * `+353 87 123 4567` (mobiles), `+353 818 123 456`, `+353 1800 20 55 55`; `home` (a page in Ireland) as dialled there:
 * `01 555 0100`, `087 123 4567`, `0818 123 456`, and freephone 1800 (and 1850, 1890) without a 0: `1800 20 55 55`.
 * Before, readers saw `+35 318 002 05555` and the CLI `01800205555`, a Dublin number (trial W).
 */
export const groupIrish = (n: string, home?: unknown): string =>
  (home ? (n[9] ? '' : '0') : '+353 ') + n.replace(/^(1[89]\d0)(\d\d)(\d\d)(?=\d\d$)|^(818|1(?=\d{7}$)|\d\d)(\d{3})(?=\d)/, (_, a, b, c, d, e) => (a ? `${a} ${b} ${c} ` : `${d} ${e} `));
