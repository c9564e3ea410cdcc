/**
 * A hospital's desk typed "The strike runs from 07:00 on Thursday 18 December" under a title that said "Thursday 17"
 * and a start of Thursday 17 December 07:00; 18 December 2026 is a Friday, and nothing flagged it (trial Z): patients
 * got two different start days. A weekday written with a date that falls on another weekday is an error: one of the
 * two is wrong, and readers cannot tell which. The date is read in the year written, else in the year that puts it
 * nearest to today on the feed's clock (within 270 days; when two years fit, either weekday is taken as meant).
 *
 * Every text readers see in English or Dutch (nl, nl-BE…; a plain string in both), FAQ answers too, but not the
 * earlier updates (readers see them under their own date). See weekday-dates.ts for the forms read.
 */
import { defineRule, type Said } from '../rule.js';
import { isObj, stringsOf } from '../walk.js';
import { candidateDays, NAMES, nearestWithWeekday, weekdayDates, type WeekdayDate } from '../weekday-dates.js';
import { dayOf, fieldName } from './relative-day.js';

type Lang = 'en' | 'nl';

/** A day as the text writes it: "Thursday 17 December", "Thursday, December 17" (month first), "donderdag 17 december"; the year when `year`. */
function said(day: number, lang: Lang, monthFirst: boolean, year: boolean, weekday = true): string {
  const d = new Date(day);
  const { weekdays, months } = NAMES[lang];
  const wd = weekday ? weekdays[d.getUTCDay()]! : '';
  const month = months[d.getUTCMonth()]!;
  const y = year ? d.getUTCFullYear() : undefined;
  if (lang === 'en' && monthFirst) return `${wd ? `${wd}, ` : ''}${month} ${d.getUTCDate()}${y ? `, ${y}` : ''}`;
  return `${wd ? `${wd} ` : ''}${d.getUTCDate()} ${month}${y ? ` ${y}` : ''}`;
}

const langsOf = (tag: string): Lang[] => {
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'nl' ? [primary] : primary === '' ? ['en', 'nl'] : [];
};

/** The day an incident begins (`starts_at`) on the feed's clock, if it has one. */
function startDay(doc: Record<string, unknown>, path: string, timeZone: string): number | undefined {
  const n = /^incidents\/(\d+)\//.exec(path)?.[1];
  const inc: unknown = n === undefined || !Array.isArray(doc.incidents) ? undefined : doc.incidents[Number(n)];
  const at = isObj(inc) && typeof inc.starts_at === 'string' ? Date.parse(inc.starts_at) : NaN;
  return Number.isFinite(at) ? dayOf(at, timeZone) : undefined;
}

/** The weekday dates of a text that name another weekday than their date's. */
export function wrongWeekdays(text: string, tag: string, today: number): { d: WeekdayDate; lang: Lang; day: number }[] {
  return langsOf(tag).flatMap((lang) =>
    weekdayDates(text, lang).flatMap((d) => {
      const days = candidateDays(d, today);
      if (!days.length || days.some((x) => new Date(x).getUTCDay() === d.weekday)) return [];
      return [{ d, lang, day: days[0]! }];
    }),
  );
}

export const weekdayDateMismatch = defineRule('weekday-date-mismatch', 'error', function* ({ doc, texts, now, timeZone }) {
  const zone = Number.isNaN(dayOf(now, timeZone)) ? 'UTC' : timeZone;
  const today = dayOf(now, zone);
  for (const t of texts) {
    if (t.path.includes('/updates/') || t.path === 'publisher/name') continue;
    for (const s of stringsOf(t)) {
      for (const { d, lang, day } of wrongWeekdays(s.text, s.lang, today)) {
        const year = d.year !== undefined;
        const meant = nearestWithWeekday(day, d.weekday);
        const [other, real] = [said(meant, lang, d.monthFirst, year), said(day, lang, d.monthFirst, year)];
        const field = fieldName(s.path);
        const date = (l: Lang) => said(day, l, d.monthFirst, year, false);
        const start = startDay(doc, s.path, zone);
        const begins: Said | undefined =
          start === meant || start === day
            ? { en: ` The incident begins on ${said(start, lang, d.monthFirst, year)}.`, nl: ` Het incident begint op ${said(start, lang, d.monthFirst, year)}.` }
            : undefined;
        yield {
          path: s.path,
          message: {
            en: `“${d.written}”${field ? ` in ${field.en}` : ''}: ${date('en')} is a ${NAMES.en.weekdays[new Date(day).getUTCDay()]}`,
            nl: `“${d.written}”${field ? ` bij ${field.nl}` : ''}: ${date('nl')} is een ${NAMES.nl.weekdays[new Date(day).getUTCDay()]}`,
          },
          fix: {
            en: `Did you mean ${other} or ${real}?${begins?.en ?? ''} Correct the day or the date, so that everyone reads the same day.`,
            nl: `Bedoelt u ${other} of ${real}?${begins?.nl ?? ''} Verbeter de dag of de datum, zodat iedereen dezelfde dag leest.`,
          },
        };
      }
    }
  }
});
