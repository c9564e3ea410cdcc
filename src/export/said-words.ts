/**
 * How many words a voice says for a written word of the phone message, for its 45-second budget (ivr.ts). Counted as
 * written, "About 12,500 homes in NE46 have had no power since 02:15. PSR customers: your meter may show 0 kWh." was 16
 * words where the voice says about 28 ("twelve thousand five hundred", "N E forty-six", "oh two fifteen", "P S R",
 * "zero kilowatt hours"): a UK energy company's storm message measured 44.8 s of 45 and ran about 8 s over, so a
 * platform that stops at 45 s would cut the wait and the next update. Approximate, on the long side. Pure.
 */

/** Units said as several words: "kWh" kilowatt hours, "mph" miles per hour. Lower case. */
const UNITS: Readonly<Record<string, number>> = { kwh: 3, mwh: 3, gwh: 3, kw: 2, mw: 2, mph: 3, 'km/h': 3, kph: 3, 'm³': 2, '°c': 2, '°f': 2 };

/** 0–999: "five hundred" 2, "forty-eight" 2, "twelve" 1, "zero" 1. */
function groupWords(n: number, alone: boolean): number {
  if (n === 0) return alone ? 1 : 0;
  const rest = n % 100;
  return (n >= 100 ? 2 : 0) + (rest === 0 ? 0 : rest <= 20 || rest % 10 === 0 ? 1 : 2);
}

/** A whole number said as one: "12,500" twelve thousand five hundred (4). A leading zero ("02") is said too ("oh two"). */
function numberWords(digits: string): number {
  const groups = digits.replace(/^0+(?=\d)/, '').match(/\d{1,3}(?=(?:\d{3})*$)/g) ?? ['0'];
  const zeros = digits.length > 1 && digits.startsWith('0') ? 1 : 0;
  return zeros + groups.reduce((n, g, i) => n + groupWords(Number(g), groups.length === 1) + (i < groups.length - 1 && Number(g) ? 1 : 0), 0);
}

/** The words said for one written word (split on spaces): at least 1 for a word with a letter or digit, 0 for none. */
export function saidWords(word: string): number {
  const w = word.replace(/^[^\p{L}\p{N}£€$]+|[^\p{L}\p{N}%³°]+$/gu, '');
  if (!w) return 0;
  if (UNITS[w.toLowerCase()]) return UNITS[w.toLowerCase()]!;
  // A plain word, hyphenated or not ("Utrecht-Oost"), is one, as before.
  if (!/[\p{N}£€$%]|\p{Lu}{2}/u.test(w)) return 1;
  let n = 0;
  let rest = w;
  // A currency sign before the amount ("£70": seventy pounds), a percentage after it ("5%": five per cent).
  if (/^[£€$]/.test(rest)) [n, rest] = [n + 1, rest.slice(1)];
  if (rest.endsWith('%')) [n, rest] = [n + 2, rest.slice(0, -1)];
  // A time: "02:15", "7.30am", "6pm" (its hour and minutes, and "a m").
  const time = /^(\d{1,2})(?:[:.](\d{2}))?([ap]\.?m\.?)?$/i.exec(rest);
  if (time && (time[2] || time[3])) return n + numberWords(time[1]!) + (time[2] ? (time[2] === '00' ? 1 : numberWords(time[2]!.replace(/^0/, ''))) + (time[2].startsWith('0') && time[2] !== '00' ? 1 : 0) : 0) + (time[3] ? 2 : 0);
  for (const part of rest.match(/\d+(?:[,.]\d{3})*(?:[.,]\d+)?|\p{Lu}{2,}(?!\p{Ll})|\p{L}+/gu) ?? []) {
    if (/^\d/.test(part)) {
      // "12,500" and "12.500" group thousands; "3.5" and "3,5" have a decimal: "three point five".
      const [whole, decimal] = /^\d{1,3}(?:[,.]\d{3})+$/.test(part) ? [part.replace(/[,.]/g, ''), ''] : part.split(/[.,]/);
      n += numberWords(whole!) + (decimal ? 1 + decimal.length : 0);
    } else if (/^\p{Lu}{2,5}$/u.test(part) && UNITS[part.toLowerCase()] === undefined) n += part.length; // PSR, NHS, NE: said letter by letter
    else n += UNITS[part.toLowerCase()] ?? 1;
  }
  return Math.max(n, 1);
}
