/**
 * A date in numbers only, without a year or a weekday: "op 15-12", "until 15/12". Readers from the US read the month
 * first (12/15, and 3/12 is March 12 to them), and "15-12" also reads as a range or a score. A date in words with its
 * weekday, "dinsdag 15 december" / "Tuesday 15 December", cannot be misread; the fix gives it, by the feed's clock and
 * time zone (the nearest such day). `date-order` (country.ts) names dates with a year, and on a US or Canadian clock
 * English texts, which are read month first there: this rule leaves those alone. Pure.
 *
 * Conservative, to stay quiet where the numbers are something else:
 * - a time ("15:12", "15.12 uur"), a phone number, postcode or version ("06-12345678", "1.2-3"), a full date
 *   ("15-12-2026", "2026-12-15") and "24/7" are no match;
 * - numbers followed by a unit are an amount or a range ("8-12 uur", "2-3 days", "10-12 a.m.", "1-2 %");
 * - with a dash: only a day over 12 ("15-12": no range runs down), or after a word that introduces a date ("op 3-12",
 *   "on 3-12", "sinds", "per"), never after "from", "van", "tot" (a range: "from 8-12");
 * - with a slash: a day over 12, a day larger than the month ("12/3": no fraction), or after such a word or "from",
 *   "until", "tot" ("on 3/12"); "1/3 van de woningen", "2/3 of homes" are fractions;
 * - a date with its weekday ("dinsdag 15-12", "Tue 15/12") says which day it is.
 */
import { isNanpZone } from '../../feed/dialling.js';
import { defineRule } from '../rule.js';
import { stringsOf } from '../walk.js';
import { dayName, dayOf } from './relative-day.js';

/** Link targets and addresses are not words readers read ("https://example.com/15-12"). */
const LINKS = /\]\([^)]*\)|<[A-Za-z][A-Za-z0-9+.-]*:[^\s>]*>|\b(?:https?|mailto|tel):\S+|\bwww\.\S+/g;
const DATE = /(?<![\p{L}\p{N}_/.,:+#€$£-])(\d{1,2})([/-])(\d{1,2})(?![\p{L}\p{N}_]|[/.,:-]\d)/gu;
const UNIT =
  /^\s*(?:uur|u|h|hrs?|hours?|am|pm|a\.m\.|p\.m\.|min|minuten|minutes?|sec|seconden|seconds?|dagen|days?|werkdagen|weken|weeks?|maanden|months?|jaar|jaren|years?|keer|times|%|procent|per\s?cent|graden|degrees|°|km|m|cm|mm|kg|liter|liters|litres?|euro|dollars?|pond|pounds?)(?![\p{L}\p{N}])/iu;
const FRACTION = /^\s*(?:van|of|deel|part)\b/iu;
const WEEKDAY =
  /(?:^|[^\p{L}])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+$/iu;
/** Words that introduce a date; `RANGE_CUE` ones introduce a range as often ("from 8-12"), so only before a slash. */
const CUE = /(?:^|[^\p{L}])(?:op|on|per|sinds|since|datum|date|dated|uiterlijk|t\/m|tot en met)\s+$/iu;
const RANGE_CUE = /(?:^|[^\p{L}])(?:vanaf|from|tot|until|till|by|before|after|voor|na)\s+$/iu;
/** Then a word that counts things ("op 2-3 plaatsen") is no date; a date is followed by punctuation, a name, or one of these. */
const AFTER_OK = /^(?:\s*(?:$|[^\s\p{L}]|\p{Lu})|\s+(?:om|at|van|from|tot|to|until|t\/m|en|and|is|zijn|wordt|worden|will|we|wij|the|de|het|weer|again|tussen|between|in|bij|for|voor|na|after|open|dicht|closed|gesloten)(?![\p{L}]))/u;

/** The first numeric day-month date in `text` (a Dutch or English text, or a plain string): as written, its day and month. */
export function numericDate(text: string): { written: string; day: number; month: number } | undefined {
  const clean = text.replace(LINKS, (m) => ' '.repeat(m.length));
  for (const m of clean.matchAll(DATE)) {
    const [written, a, sep, b] = m as unknown as [string, string, string, string];
    const day = Number(a);
    const month = Number(b);
    if (day < 1 || day > 31 || month < 1 || month > 12 || written === '24/7' || written === '24-7' || new Date(Date.UTC(2028, month - 1, day)).getUTCDate() !== day) continue;
    const before = clean.slice(Math.max(0, m.index - 24), m.index);
    const after = clean.slice(m.index + written.length, m.index + written.length + 24);
    if (WEEKDAY.test(before) || UNIT.test(after)) continue;
    const cue = CUE.test(before) || (sep === '/' && RANGE_CUE.test(before));
    if (sep === '/' && day <= month && FRACTION.test(after)) continue;
    const plain = day > 12 || (sep === '/' && day > month);
    if (plain || (cue && AFTER_OK.test(after))) return { written, day, month };
  }
  return undefined;
}

/** The day of `day`-`month` nearest to `today` (a UTC midnight, as dayOf gives), one year either side. */
function nearest(day: number, month: number, today: number): number | undefined {
  const year = new Date(today).getUTCFullYear();
  const days = [year - 1, year, year + 1].map((y) => Date.UTC(y, month - 1, day)).filter((d) => new Date(d).getUTCDate() === day);
  return days.sort((x, y) => Math.abs(x - today) - Math.abs(y - today))[0];
}

/** "15 December", "15 december"; `en-US`: "December 15". */
const monthWords = (day: number, month: number, locale: 'en-GB' | 'en-US' | 'nl') => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2028, month - 1, day));

export const numericDateRule = defineRule('numeric-date', 'warning', function* ({ doc, texts, now, timeZone }) {
  const zone = typeof doc.time_zone === 'string' ? doc.time_zone : timeZone;
  const today = dayOf(now, zone);
  for (const t of texts) {
    for (const s of stringsOf(t)) {
      const lang = s.lang.toLowerCase().split('-')[0];
      if (lang !== 'nl' && lang !== 'en' && lang !== '') continue;
      // English on a US or Canadian clock is read month first there: date-order's.
      if (lang !== 'nl' && isNanpZone(zone)) continue;
      const found = numericDate(s.text);
      if (!found) continue;
      const { written, day, month } = found;
      const dash = written.includes('-');
      const on = Number.isNaN(today) ? undefined : nearest(day, month, today);
      const words = (l: 'en' | 'nl') => (on === undefined ? monthWords(day, month, l === 'nl' ? 'nl' : 'en-GB') : dayName(on, l, zone, true));
      const shown = lang === 'nl' ? `“${words('nl')}”` : lang === 'en' ? `“${words('en')}”` : `“${words('nl')}” / “${words('en')}”`;
      yield {
        path: s.path,
        message: {
          en: `"${written}" gives a date in numbers only: readers from the US read the month first, so to them it is ${day > 12 ? 'no date' : monthWords(month, day, 'en-US')}${dash ? ', and others may take it for a range or a score' : ''}`,
          nl: `"${written}" geeft een datum alleen in cijfers: lezers uit de VS lezen eerst de maand, dus voor hen is het ${day > 12 ? 'geen datum' : monthWords(month, day, 'nl')}${dash ? ', en anderen lezen het misschien als een reeks of een uitslag' : ''}`,
        },
        fix: {
          en: `Write the date in words${on === undefined ? '' : ' with its day of the week'}: ${shown}.`,
          nl: `Schrijf de datum in woorden${on === undefined ? '' : ', met de dag van de week'}: ${shown}.`,
        },
      };
    }
  }
});
