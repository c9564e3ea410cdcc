/**
 * Day names as a desk types them in `--hours`, as the widget's opening hours read them (feed/opening-hours.ts: two
 * letters, English or Dutch). Trial W: `new channel --hours "Mon–Fri 08:00–18:00"` was kept as words only, and the hint
 * offered "Mo-Fr 08:00-20:00", not the desk's 18:00. Only the day names change; the CLI side only, so readers' code
 * stays as small as it is. Pure.
 */
const NAMES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:monday|mon)\b/gi, 'Mo'],
  [/\b(?:tuesday|tues|tue)\b/gi, 'Tu'],
  [/\b(?:wednesday|wed)\b/gi, 'We'],
  [/\b(?:thursday|thurs|thur|thu)\b/gi, 'Th'],
  [/\b(?:friday|fri)\b/gi, 'Fr'],
  [/\b(?:saturday|sat)\b/gi, 'Sa'],
  [/\b(?:sunday|sun)\b/gi, 'Su'],
  [/\bmaandag\b/gi, 'ma'],
  [/\bdinsdag\b/gi, 'di'],
  [/\bwoensdag\b/gi, 'wo'],
  [/\bdonderdag\b/gi, 'do'],
  [/\bvrijdag\b/gi, 'vr'],
  [/\bzaterdag\b/gi, 'za'],
  [/\bzondag\b/gi, 'zo'],
];

/** `text` with whole English and Dutch day names, and English three-letter ones, as two letters ("Mon–Fri" → "Mo–Fr"). */
export const shortDayNames = (text: string): string => NAMES.reduce((s, [name, short]) => s.replace(name, short), text);
