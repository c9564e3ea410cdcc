/** `clearline update --resolve`: what to say of the title readers now see with "Resolved:" (apart from update.ts, which is full). */
import { saysEnded } from '../export/resolved-title.js';
import { TERMS } from '../i18n/terms.js';
import { stillGoing } from '../export/still-going.js';
import { shellArg } from '../lint/shell.js';
import { isObj, type Obj } from './command.js';
import { shownTime } from './when.js';
import type { UpdateTerms } from './update-terms.js';

const languagesOf = (v: unknown) => (isObj(v) ? Object.keys(v) : []);

/**
 * Said when the title kept at the all-clear says something is still going on (still-going.ts): trial U's "App werkt weer,
 * online bankieren nog traag" under "Opgelost om 18:00". Said even when the title also says it ended ("werkt weer").
 */
const STILL_AT_RESOLVE = {
  en: (shown: string, still: string, command: string) => `Readers see "${shown}", but the title says something is still going on ("${still}"). Give a closing title that says how it ended: ${command}`,
  nl: (shown: string, still: string, command: string) => `Lezers zien "${shown}", maar de titel zegt dat er nog iets aan de hand is ("${still}"). Geef een afsluitende titel die zegt hoe het afliep: ${command}`,
} as const;

/**
 * The title readers now see after "Resolved at 18:00:" (the banner's words, resolved `now`, on the clock of `feed`), in the
 * desk's language where it has one, and the `--correct --title` command that replaces it; null when it says it ended and
 * nothing in it says something is still going on.
 */
export function closingTitleHint(incident: Obj, id: string, file: string, lang: 'en' | 'nl', t: UpdateTerms, now: number, feed: unknown): { message: string; command: string } | null {
  const langs = languagesOf(incident.title);
  const title = typeof incident.title === 'string' ? incident.title : isObj(incident.title) ? String(incident.title[lang] ?? Object.values(incident.title)[0] ?? '') : '';
  const still = stillGoing(title);
  if (!still && saysEnded(TERMS[lang].phase.resolved, title)) return null; // "Strike over: trams and buses running normally" is said as it is
  const titles = Array.from({ length: Math.max(1, langs.length) }, () => '--title "…"').join(' ');
  const command = `clearline update ${shellArg(file)} --incident ${id} --correct${langs.length > 1 ? ` --lang ${langs.join(',')}` : ''} ${titles}`;
  const resolved = TERMS[lang].resolvedAt(shownTime(new Date(now).toISOString(), feed, now, lang));
  return { message: still ? STILL_AT_RESOLVE[lang](`${resolved}: ${title}`, still, command) : t.closingTitle(resolved, title, command), command };
}

/** Said at `--resolve` while "affects" is not empty (the studio's resolve-hints.ts says it at the field): trial R's grid operator
 * had narrowed it to the last street without power, and its all-clear for 38,000 households named only that street. */
const AFFECTS_AT_RESOLVE = {
  en: (items: string, command: string) => `Readers and the e-mail keep "Affects: ${items}" under the all-clear. Does it name only the last ones affected? Then name everyone who was, or clear it with --affects "": ${command}`,
  nl: (items: string, command: string) => `Lezers en de e-mail houden "Gevolgen voor: ${items}" onder de afmelding. Noemt die lijst alleen wie het laatst nog last had? Noem dan iedereen die last had, of maak hem leeg met --affects "": ${command}`,
} as const;

export function closingAffectsHint(after: Obj, id: string, file: string, lang: 'en' | 'nl'): string | null {
  const items = (Array.isArray(after.affects) ? after.affects : []).map((a) => (typeof a === 'string' ? a : isObj(a) ? String(a[lang] ?? Object.values(a)[0] ?? '') : '')).filter((a) => a.trim());
  // In an incident of several languages, each item once per language (affects-option.ts): one "…" would stand for all of them.
  const langs = [...new Set([...languagesOf(after.title), ...languagesOf(after.known)])];
  const each = langs.length > 1 ? ` --lang ${langs.join(',')} ${langs.map(() => '--affects "…"').join(' ')}` : ' --affects "…"';
  return items.length ? AFFECTS_AT_RESOLVE[lang](items.join(', '), `clearline update ${shellArg(file)} --incident ${id} --correct${each}`) : null;
}
