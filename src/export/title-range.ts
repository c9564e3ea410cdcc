/**
 * A title's date or time range ("Thursday 17 to Saturday 19 December", "17–19 December", "07:00 to 17:00", "donderdag 17
 * t/m zaterdag 19 december"): kept whole or left out whole, as its list of places (title-keep.ts). Trial Z: "Doctors' strike
 * Thursday 17 to Saturday 19 December: A&E stays open" went out as "Doctors' strike Thursday 17..." (a strike of one day,
 * no month, and "A&E stays open" lost). Now the range goes whole first when the title does not fit: "Doctors' strike: A&E
 * stays open." (the status link has the dates). English and Dutch. Pure.
 */

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januari|februari|maart|mei|juni|juli|augustus|oktober';
const DATE = `(?:(?:${DAY})\\s+)?\\d{1,2}(?:st|nd|rd|th|e)?(?:\\s+(?:${MONTH}))?|(?:${DAY})`;
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|uur))?|\\d{1,2}\\s*(?:am|pm)';
const TO = '\\s*(?:–|—|-|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\btot en met\\b|\\bt/m\\b|\\btot\\b)\\s*';
const RANGE = new RegExp(`(?<![\\p{L}\\d])(?:(?:from|van|vanaf)\\s+)?(?:(?:${TIME})${TO}(?:${TIME})|(?:${DATE})${TO}(?:${DATE}))(?![\\p{L}\\d])`, 'iu');

/** Where the title's range is, [start, end) in characters, or null when it has none. */
export function rangeAt(title: string): [number, number] | null {
  const m = RANGE.exec(title);
  return m ? [m.index, m.index + m[0].length] : null;
}

const kept = (cut: string) => cut.replace(/(?:…|\.\.\.)$/u, '').replace(/[\s.!?]+$/u, '').trim();

/** Whether `cut` (a shorter form of `title`) keeps the title's range whole, or leaves all of it out: never its first day only. */
export function keepsRange(title: string, cut: string): boolean {
  const at = rangeAt(title);
  if (!at) return true;
  const range = title.slice(...at);
  const k = kept(cut);
  if (k.includes(range.trim())) return true;
  // A cut from the start that stops inside the range said its first day or hour as if it were all.
  if (title.trim().startsWith(k)) return k.length <= at[0] || k.length >= at[1];
  return !k.includes(range.trim().split(/\s+/)[0]!);
}

/** The title with its range left out whole ("Doctors' strike: A&E stays open."), or '' when it has none or nothing would be left. */
export function rangeOut(title: string): string {
  const at = rangeAt(title);
  if (!at) return '';
  const out = `${title.slice(0, at[0])} ${title.slice(at[1])}`.replace(/\s+(?:on|op|from|van)\s*(?=[:,.]|$)/iu, '').replace(/\s+([:,.])/gu, '$1').replace(/\s+/g, ' ').replace(/^[\s:,]+|[\s:,]+$/gu, '').trim();
  return out.split(/\s+/).length >= 2 ? `${out.replace(/[.!?]$/u, '')}.` : '';
}
