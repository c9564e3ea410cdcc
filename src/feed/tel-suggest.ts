/**
 * The E.164 `tel:` link the CLI, the studio and lint suggest for a number as people type it. Apart from
 * phone.ts (the grouping the reader elements show), because the module build puts phone.ts in a chunk the
 * readers download: with suggestTel in it, every status page carried code only publishers run. Pure.
 */

/**
 * The E.164 `tel:` link for a number written nationally or with separators: `tel:0800-9009` ->
 * `tel:+318009009` with country code 31 (see dialling.ts callingCodeForZone), `tel:0032…` -> `tel:+32…`,
 * `tel:(312) 555-0142` -> `tel:+13125550142` with country code 1, `tel:1800 20 55 55` -> `tel:+3531800205555` with 353, `tel:+44 (0)20 7946 0321` -> `tel:+442079460321`.
 * Undefined when nothing sensible can be suggested, also for a national number when the country
 * is not known.
 */
export function suggestTel(href: string, countryCode?: string): string | undefined {
  // "+44 (0)20 7946 0321", "+31 (0)30 123 4567": the (0) is dialled only from inside the country. Kept, it made
  // tel:+4402079460321, a number that does not connect (lint said only "11 digits after +44").
  const raw = href.replace(/^tel:/i, '').replace(/^(\s*(?:\+|00)\s*[1-9]\d{0,2}\s*)\(0\)/, '$1');
  const compact = raw.replace(/[\s().\-/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  let e164: string;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  // US and Canada (+1): 10 digits, the area code and exchange not starting with 0 or 1; a 1 before them is the trunk prefix.
  else if (countryCode === '1') {
    if (!/^1?[2-9]\d\d[2-9]\d{6}$/.test(compact)) return undefined;
    e164 = `+1${compact.slice(-10)}`;
  }
  // Irish freephone and shared-cost numbers (1800, 1850, 1890 + 6 digits) have no 0: `1800 20 55 55` -> tel:+3531800205555.
  // Before, an Irish gas network's emergency line was refused as "not in international E.164 form" (trial W).
  else if (countryCode === '353' && /^1[89]\d0\d{6}$/.test(compact)) e164 = `+353${compact}`;
  else if (compact.startsWith('0') && countryCode) e164 = `+${countryCode}${compact.slice(1)}`;
  else return undefined;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? `tel:${e164}` : undefined;
}
