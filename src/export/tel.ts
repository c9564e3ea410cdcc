/**
 * Phone numbers in the exports (phone message, SSML, SMS, e-mail, page without script). British
 * numbers are grouped as British people write and say them (`+44 1632 960123`, `+44 20 7946 0018`,
 * `+44 7700 900123`), not in threes (`+44 163 296 0123`, which splits the area code 01632 and
 * which the phone message read out that way); everything else as the readers show it (formatTel).
 * Only the exports: the reader elements keep their bytes. Pure.
 */
import { formatTel } from '../content/links.js';

/** Area codes of five digits after the 0 (a few rural exchanges): 5 + 5 digits. */
const GB_FIVE = /^(?:13873|15242|1539[456]|1697[347]|1768[347]|19467|1975[56])/;

/** `+44` and its 9 or 10 digits grouped the British way; undefined when not British or not a length we know. */
export function groupBritish(href: string): string | undefined {
  const m = /^\+44(\d{9,10})$/.exec(href.replace(/^tel:/i, '').replace(/[\s().-]/g, ''));
  if (!m) return undefined;
  const n = m[1]!;
  const split = (...lengths: number[]) => {
    let at = 0;
    return `+44 ${lengths.map((len) => n.slice(at, (at += len))).join(' ')}`;
  };
  if (n.length === 9) {
    // Some geographic numbers (01xxx xxxxx) and 0800 numbers (0800 xxxxxx) have 9 digits.
    if (n.startsWith('1')) return split(4, 5);
    if (/^8\d\d/.test(n)) return split(3, 6);
    return undefined;
  }
  if (GB_FIVE.test(n)) return split(5, 5);
  // London, Southampton, Portsmouth, Coventry, Cardiff, Northern Ireland (020, 023, 024, 029, 028) and 05x: 2 + 4 + 4.
  if (/^[25]/.test(n)) return split(2, 4, 4);
  // Leeds, Sheffield, Manchester… (011x, 01x1), 03, 08 and 09: 3 + 3 + 4.
  if (/^(?:1\d1|11\d|[389])/.test(n)) return split(3, 3, 4);
  // Other geographic numbers (01632 960123) and mobiles (07700 900123): 4 + 6.
  if (/^[17]/.test(n)) return split(4, 6);
  return undefined;
}

/**
 * The number a `tel:` link dials, for an export in `lang`: a British number written without
 * separators (`tel:+441632960123`, as `new channel` writes it) grouped the British way; a number
 * the publisher grouped, and any other, as formatTel shows it.
 */
export function exportTel(href: string, lang = ''): string {
  return (/^tel:\+44\d+$/i.test(href) && groupBritish(href)) || formatTel(href, lang);
}
