/**
 * Texts written with another country's habits than the feed's readers have, by the feed's time zone. A US
 * electric cooperative's night desk (America/Los_Angeles) wrote "In an emergency call 112" and "from 06:00" into a
 * planned shutoff and lint said nothing: 112 does not reach 911 from every American phone, and a 24-hour time is
 * read as "military time", or misread, by most American readers. Pure.
 */
import { emergencyServicesNumber, isNanpZone } from '../../feed/dialling.js';
import { isCanadianZone } from '../../templates/american.js';
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';

const zoneOf = (doc: Record<string, unknown>, timeZone: string) => (typeof doc.time_zone === 'string' ? doc.time_zone : timeZone);

/**
 * The emergency numbers that readers in `zone` must not be sent to, and the one they dial instead. Only where that is
 * sure: in the US and Canada 911 (112 and 999 work on some cell phones only); in Britain 999 (112 works too); elsewhere in
 * Europe 112; in Australia 000 (112 from a cell phone too). Other zones are left alone.
 */
function foreignNumbers(zone: string): { own: string; foreign: string[] } | undefined {
  const own = emergencyServicesNumber(zone);
  if (isNanpZone(zone)) return { own, foreign: ['112', '999'] };
  if (zone.startsWith('Australia/')) return { own, foreign: ['911', '999'] };
  if (zone.startsWith('Europe/')) return { own, foreign: ['911'] };
  return undefined;
}

/** Link targets are not words readers read; `tel:` links are checked as links. */
const LINKS = /\]\([^)]*\)|<[A-Za-z][A-Za-z0-9+.-]*:[^\s>]*>|\b(?:https?|mailto|tel):\S+/g;
const blank = (text: string) => text.replace(LINKS, (m) => ' '.repeat(m.length));

/**
 * An emergency number said as one to call: after a word for calling or an emergency, within a few words ("In an
 * emergency call 112", "bel dan 112", "the emergency number 999"), standing alone: not part of a longer number
 * ("(800) 911-4000", "555-0112") nor a house number ("112 Main Street" has no call word before it).
 */
const CALLED = /\b(?:call|calls|calling|dial|dialing|dialling|phone|ring|text|emergency|emergencies|bel|belt|bellen|alarmnummer|noodnummer|nood)\b[^\d.!?;\n]{0,20}?(?<![\d.,/+-])(112|999|911|000)(?!\d|[.,/-]\d)/giu;

export const emergencyNumberElsewhere = defineRule('emergency-number-elsewhere', 'warning', function* ({ doc, texts, links, timeZone }) {
  const zone = zoneOf(doc, timeZone);
  const numbers = zone ? foreignNumbers(zone) : undefined;
  if (!numbers) return;
  const found = new Map<string, string>();
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      for (const m of blank(s.text).matchAll(CALLED)) {
        if (numbers.foreign.includes(m[1]!) && !found.has(s.path)) found.set(s.path, m[1]!);
      }
    }
  }
  for (const { path, href } of links) {
    const d = /^tel:/i.test(href) ? href.slice(4).replace(/[\s().-]/g, '') : '';
    if (numbers.foreign.includes(d) && !found.has(path)) found.set(path, d);
  }
  for (const [path, number] of found) {
    yield {
      path,
      message: {
        en: `the text sends readers to ${number}, but on this feed's clock (${zone}) the emergency number is ${numbers.own}: ${number} does not work from every phone there`,
        nl: `de tekst stuurt lezers naar ${number}, maar bij de tijdzone van deze feed (${zone}) is het alarmnummer ${numbers.own}: ${number} werkt daar niet vanaf elke telefoon`,
      },
      fix: {
        en: `Write ${numbers.own} instead of ${number}. If the feed's time zone is wrong, correct that instead.`,
        nl: `Schrijf ${numbers.own} in plaats van ${number}. Klopt de tijdzone van de feed niet, pas die dan aan.`,
      },
    };
  }
});

/** A clock time with a colon ("06:00", "18:30"), not one with AM or PM after it, nor part of a longer number or ratio. */
const CLOCK = /(?<![\d:.,])(\d{1,2}):([0-5]\d)(?![\d:])(?!\s*(?:[ap]\.?\s?m\b\.?|[ap]\.m\.))/giu;

/** The 12-hour form of a 24-hour time ("18:30" -> "6:30 PM"), or undefined when it reads the same on a 12-hour clock ("9:30", "12:15"). */
function twelveHour(h: string, m: string): string | undefined {
  const hour = Number(h);
  if (hour > 23 || (hour >= 1 && hour <= 12 && !h.startsWith('0'))) return undefined;
  return `${hour % 12 || 12}:${m} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * A 24-hour time in an English text on a US or Canadian clock: "from 06:00", "until 18:00". Dutch texts keep theirs,
 * and so does English elsewhere. Readers see the next update as "11:54 AM" (the readers' own clock); the desk's texts
 * said "06:00" beside it.
 */
export const clock24Hour = defineRule('clock-24-hour', 'warning', function* ({ doc, texts, timeZone }) {
  if (!isNanpZone(zoneOf(doc, timeZone))) return;
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      if (s.lang && s.lang.toLowerCase().split('-')[0] !== 'en') continue;
      const times = [...blank(s.text).matchAll(CLOCK)].flatMap((m) => {
        const said = twelveHour(m[1]!, m[2]!);
        return said ? [`"${m[0]}" → "${said}"`] : [];
      });
      if (!times.length) continue;
      const first = times[0]!;
      yield {
        path: s.path,
        message: {
          en: `${first.split(' → ')[0]} is a 24-hour time, which readers in the US and Canada may misread: they write times with AM and PM`,
          nl: `${first.split(' → ')[0]} is een tijd op de 24-uursklok, die lezers in de VS en Canada verkeerd kunnen lezen: zij schrijven tijden met AM en PM`,
        },
        fix: {
          en: `Write the time as they do: ${times.join(', ')}.`,
          nl: `Schrijf de tijd zoals zij dat doen: ${times.join(', ')}.`,
        },
      };
    }
  }
});

/**
 * A numeric date in the other order than the feed's readers read: "14/12" or "14-12-2026" (day first) in an English text
 * on a US clock, where it is no date (or December's 14 becomes nothing, and 4/12 April); "12/14/2026" (month first, with
 * slashes as Americans write it) in a feed on a European clock. Only a date that cannot be read the other way (a day
 * over 12); "24/7" is no date. Canada writes both, and is left alone.
 */
const DATE = /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/.-]*\d)/g;

const monthDay = (month: number, day: number, year: string | undefined, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(Date.UTC(year ? Number(year.length === 2 ? `20${year}` : year) : 2026, month - 1, day));

export const dateOrder = defineRule('date-order', 'warning', function* ({ doc, texts, timeZone }) {
  const zone = zoneOf(doc, timeZone);
  const us = isNanpZone(zone) && !isCanadianZone(zone);
  if (!us && !zone?.startsWith('Europe/')) return;
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const lang = s.lang.toLowerCase().split('-')[0];
      if (us && lang && lang !== 'en') continue;
      for (const m of blank(s.text).matchAll(DATE)) {
        const [written, a, sep, b, year] = m as unknown as [string, string, string, string, string | undefined];
        const first = Number(a);
        const second = Number(b);
        // A dot or a dash without a year is too often something else (a score, a version, a range).
        if ((!year && sep !== '/') || written === '24/7') continue;
        const dayFirst = us && first > 12 && first <= 31 && second >= 1 && second <= 12;
        const monthFirst = !us && sep === '/' && year !== undefined && second > 12 && second <= 31 && first >= 1 && first <= 12;
        if (!dayFirst && !monthFirst) continue;
        const [month, day] = dayFirst ? [second, first] : [first, second];
        const en = monthDay(month, day, year, us ? 'en-US' : 'en-GB');
        const nl = monthDay(month, day, year, 'nl');
        yield {
          path: s.path,
          message: us
            ? { en: `"${written}" puts the day first: readers in the US read the month first, so to them it is no date`, nl: `"${written}" zet de dag voorop: lezers in de VS lezen eerst de maand, dus voor hen is het geen datum` }
            : { en: `"${written}" puts the month first, as in the US: readers here read the day first, so to them it is no date`, nl: `"${written}" zet de maand voorop, zoals in de VS: lezers hier lezen eerst de dag, dus voor hen is het geen datum` },
          fix: us
            ? { en: `Write the month as a word: "${en}".`, nl: `Schrijf de maand in letters: "${en}".` }
            : { en: `Write the month as a word: "${en}" (in Dutch "${nl}").`, nl: `Schrijf de maand in letters: "${nl}" (in het Engels "${en}").` },
        };
        break;
      }
    }
  }
});
