/** Lint findings in a terminal: linted in the publisher's own time zone, printed errors first. */
import { zoneOf } from '../feed/times.js';
import { formatFinding, lintDocument, ownWords, summarize, type Finding } from '../lint/index.js';
import { CliError } from './command.js';
import { shellArg } from '../lint/shell.js';

/** The zone the CLI reads and prints clock times in: the feed's `time_zone`, else this machine's (as the editor). */
export const feedZone = (doc: unknown): string => zoneOf(doc);

/**
 * Lints in the feed's zone, so "you promised an update at 09:43" is in the publisher's clock;
 * `lang` for the findings' language (default English); with the FAQ document, the FAQ ids that
 * contact reasons name are checked too; with `previous` (the version published before), starts-while-going-on.
 */
export function lintNow(doc: unknown, now = Date.now(), o: { lang?: string; faq?: unknown; previous?: unknown } = {}): Finding[] {
  return lintDocument(doc, { now, timeZone: feedZone(doc), lang: o.lang, faq: o.faq, previous: o.previous });
}

/** `--lang`: the language of the findings, en or nl (without it, lint and sign take the document's: desk-lang.ts); a regional tag such as nl-BE counts as its language. */
export function findingsLanguage(value: string | undefined, what = 'the findings'): 'en' | 'nl' {
  const primary = (value ?? 'en').toLowerCase().split('-')[0];
  if (primary === 'en' || primary === 'nl') return primary;
  throw new CliError(`--lang takes en or nl (the language of ${what}); not: ${value}`);
}

/** "1 fout", "2 fouten". */
export const nlCount = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The count line above the findings. */
function countLine(file: string, errors: number, warnings: number, lang?: string): string {
  if (lang === 'nl') return `${file}: ${nlCount(errors, 'fout', 'fouten')}, ${nlCount(warnings, 'waarschuwing', 'waarschuwingen')}`;
  return `${file}: ${errors} error(s), ${warnings} warning(s)`;
}

/**
 * A finding's line with its commands naming the file checked, as the shell takes it (lint/shell.ts): lint writes
 * `clearline update feed.json` and ` --feed feed.json`, not knowing the file. A command that edits the feed without naming
 * it (ivr-no-wait's `clearline edit channel --id phone --wait 0`) gets --feed too: for "mijn feed.json" it edited feed.json,
 * or failed as there was none. For a signed feed.jws.json, the feed.json it was signed from: `clearline update feed.jws.json` is refused.
 */
export function namedIn(line: string, file: string): string {
  // A signed feed.jws.json is not edited: the commands name the feed.json it was signed from (as sign's own hints do).
  const edited = file.replace(/\.jws\.json$/i, '.json');
  if (edited === 'feed.json' || !/\.json$/.test(edited)) return line;
  const on = ` --feed ${shellArg(edited)}`;
  return line
    .replaceAll('clearline update feed.json ', `clearline update ${shellArg(edited)} `)
    .replaceAll(' --feed feed.json', on)
    // Prose naming the file too (reason-emergency-unnamed: "or in feed.json its "channels"" for a bank's bank-feed.json).
    .replaceAll(' in feed.json ', ` in ${edited} `)
    .split(/(?=clearline )/)
    .map((c) => (/^clearline (?:new|edit) (?:channel|reason|feed)\b/.test(c) && !c.includes(' --feed ') ? c.replace(/^clearline \w+ \w+/, (m) => m + on) : c))
    .join('');
}

/** Prints findings (to standard error unless told otherwise), errors first, under a count line. */
export function reportFindings(findings: readonly Finding[], file: string, print: (line: string) => void = console.error, lang?: string, doc?: unknown): void {
  if (!findings.length) return;
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const { errors, warnings } = summarize(findings);
  print(countLine(file, errors, warnings, lang));
  for (const f of sorted) print(namedIn(formatFinding(f, lang, doc), file));
}

/** The errors in `after` that were not in `before` (compared by rule and message: paths move when a channel or reason goes). */
export function newErrors(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.rule}|${f.message}`;
  const had = new Set(before.filter((f) => f.severity === 'error').map(key));
  return after.filter((f) => f.severity === 'error' && !had.has(key(f)));
}

export { ownWords };
