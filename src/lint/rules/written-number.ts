/**
 * Phone numbers written in an incident's texts in a form people there do not use, or that phones dial wrongly. Trial V
 * (a UK water company's desk, 06:30): "Priority Services Register customers: call 0800 3164000 or +44 (0)800 316 4000"
 * went out by web, SMS and phone, and lint said nothing. "+44 (0)…" is dialled with the 0 by many phones and does not
 * connect; "0800 3164000" is not how anyone there writes or reads out a number, so readers check and copy it wrongly.
 * Only numbers that are clearly phone numbers (a leading 0, + or 00, long enough, a length the country has) of the
 * Netherlands, the UK and Belgium, whose grouping phone.ts knows; a number that is one of the feed's own lines names
 * that line and its form. Dutch "020-1234567" (area code, then the rest in one) is the traditional Dutch way and stays
 * quiet. Pure.
 */
import { deskLink } from '../../feed/channel-edit.js';
import { digitCountProblem } from '../../feed/dialling.js';
import { defineRule } from '../rule.js';
import { eachObject, stringsOf, type Obj, type TextAt } from '../walk.js';
import { nameOf } from './channels.js';
import { codeOf, e164, ownLine, WRITTEN } from './numbers.js';

type Words = { en: string; nl: string };

/** The texts readers read as an incident's own words: its title, what we know and don't, its actions and updates. */
export const INCIDENT_TEXT = /^incidents\/\d+\/(?:title|known|unknown|actions\/\d+\/(?:label|detail|who)|updates\/\d+\/(?:known|unknown|note))$/;

/** Countries whose grouping phone.ts knows. */
const GROUPED = /^(?:31|44|32)/;

const groupsOf = (written: string) => written.replace(/^00/, '+').replace(/\(0\)/, ' ').split(/[\s./-]+/).filter(Boolean);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((g, i) => g === b[i]);

/**
 * Whether a number is written as people of its country do: as phone.ts groups it (national or international), the
 * separators free ("0800-316-4000", "03/123.45.67"); or its area code or prefix as phone.ts has it with the rest in
 * groups no longer than phone.ts's ("078 15 15 15"); in the Netherlands also the rest in one ("020-1234567").
 */
function usual(written: string, national: string, intl: string, dutch: boolean): boolean {
  const w = groupsOf(written);
  for (const canon of [groupsOf(national), groupsOf(intl)]) {
    if (same(w, canon)) return true;
    const lead = canon[0] === w[0] && (canon[0]!.startsWith('+') ? canon[1] === w[1] : true);
    const at = canon[0]!.startsWith('+') ? 2 : 1;
    if (!lead || w.length <= at) continue;
    if (dutch && w.length === at + 1) return true;
    const longest = Math.max(...canon.slice(at).map((g) => g.length));
    if (w.slice(at).every((g) => g.length <= longest)) return true;
  }
  return false;
}

export interface WrittenNumber {
  path: string;
  written: string;
  /** As readers there write it: national in the feed's own country, else international. */
  canon: string;
  /** The international form, for readers abroad. */
  intl: string;
  how: 'zero' | 'grouping';
  /** The feed's own line with this number, by name. */
  line?: Words;
}

/** Every number in an incident's texts written in the "(0)" form or grouped unusually. */
export function oddNumbers(doc: Obj, texts: readonly TextAt[], timeZone: string): WrittenNumber[] {
  const code = codeOf(doc, timeZone);
  const lines = new Map<string, Words>();
  eachObject(doc.channels, 'channels', (c, p) => {
    const digits = typeof c.href === 'string' && /^tel:/i.test(c.href) ? e164(c.href, code) : undefined;
    if (digits && !lines.has(digits)) lines.set(digits, nameOf(c, p));
  });
  const out: WrittenNumber[] = [];
  for (const t of texts) {
    if (!INCIDENT_TEXT.test(t.path)) continue;
    for (const s of stringsOf(t)) {
      for (const m of s.text.matchAll(WRITTEN)) {
        const written = m[0].trim();
        // Clearly a phone number: a leading 0, + or 00 (not an amount or a year), long enough, a length its country has.
        if (!/^(?:\+|0)/.test(written)) continue;
        const digits = e164(written, code);
        if (!digits || !GROUPED.test(digits) || !ownLine(digits, code) || digitCountProblem(`tel:+${digits}`)) continue;
        const canon = deskLink(`tel:+${digits}`, code);
        const intl = deskLink(`tel:+${digits}`);
        if (/^tel:/i.test(canon) || /^tel:/i.test(intl)) continue;
        const zero = /\(0\)/.test(written);
        if (!zero && usual(written, canon, intl, digits.startsWith('31'))) continue;
        out.push({ path: s.path, written, canon, intl, how: zero ? 'zero' : 'grouping', line: lines.get(digits) });
      }
    }
  }
  return out;
}

/** "0800 316 4000 (from abroad +44 800 316 4000)" when the two differ. */
const both = (n: WrittenNumber): Words =>
  n.canon === n.intl ? { en: n.canon, nl: n.canon } : { en: `${n.canon} (from abroad: ${n.intl})`, nl: `${n.canon} (vanuit het buitenland: ${n.intl})` };

/** "the number of “24-hour leak line”, " when it is one of the feed's lines. */
const whose = (n: WrittenNumber): Words => (n.line ? { en: ` (the number of ${n.line.en})`, nl: ` (het nummer van ${n.line.nl})` } : { en: '', nl: '' });

/**
 * "+44 (0)800 316 4000": many phones dial the 0 too (+44 0800…), a number that does not connect; and a reader at home
 * does not know to leave out the +44 and the brackets.
 */
export const numberZeroInBrackets = defineRule('number-zero-in-brackets', 'warning', function* ({ doc, texts, timeZone }) {
  for (const n of oddNumbers(doc, texts, timeZone).filter((x) => x.how === 'zero')) {
    const w = whose(n);
    const write = both(n);
    yield {
      path: n.path,
      message: {
        en: `“${n.written}”${w.en} has a (0) in brackets: many phones dial the 0 too, and then the call does not connect`,
        nl: `‘${n.written}’${w.nl} heeft een (0) tussen haakjes: veel telefoons bellen die 0 mee, en dan komt het gesprek niet tot stand`,
      },
      fix: {
        en: `Write ${write.en}, without the (0).`,
        nl: `Schrijf ${write.nl}, zonder de (0).`,
      },
    };
  }
});

/** "0800 3164000", "0207 946 0018": grouped as nobody there writes or reads out a number, so it is checked and copied wrongly. */
export const numberGrouping = defineRule('number-grouping', 'warning', function* ({ doc, texts, timeZone }) {
  for (const n of oddNumbers(doc, texts, timeZone).filter((x) => x.how === 'grouping')) {
    const w = whose(n);
    const as: Words = n.line
      ? { en: `readers see that line as ${n.canon}`, nl: `lezers zien die lijn als ${n.canon}` }
      : { en: `numbers there are written ${n.canon}`, nl: `nummers worden daar geschreven als ${n.canon}` };
    yield {
      path: n.path,
      message: {
        en: `“${n.written}”${w.en} is grouped in an unusual way (${as.en}): readers check, copy and read out a number by its groups, and get an odd one wrong`,
        nl: `‘${n.written}’${w.nl} is ongebruikelijk gegroepeerd (${as.nl}): lezers controleren, kopiëren en noemen een nummer per groep, en vergissen zich in een vreemde groepering`,
      },
      fix: {
        en: `Write ${both(n).en}.`,
        nl: `Schrijf ${both(n).nl}.`,
      },
    };
  }
});
