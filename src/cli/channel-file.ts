/**
 * What `new channel` and `edit channel` share: reading a status feed once (and keeping exactly what
 * was read), writing it back only if nobody changed it meanwhile, and a text option per language.
 */
import { deskLink } from '../feed/channel-edit.js';
import { formatTel, numberLang, smsParts, textTo } from '../content/links.js';
import { callingCodeForZone } from '../feed/dialling.js';
import type { Channel } from '../feed/schema.js';
import { CliError, isObj, json, parseLangs, type Obj } from './command.js';
import { defaultLanguages, writtenLanguages } from './desk-lang.js';
import { exists, folderLanguage, ownLanguage, parseJson, readText, writeText } from './io.js';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';
import { UPDATE_TERMS } from './update-terms.js';
import { newText } from './update-edit.js';
import { wordCount } from '../lint/rules/same-text.js';
import { CLARITY_LIMITS } from '../lint/rules/limits.js';

type Changed = 'channel' | 'reason' | 'feed';
type Done = 'added' | 'changed' | 'removed';

const SAID = {
  en: {
    missing: (file: string) => `${file} does not exist; make it first: clearline new feed --feed-id ID --time-zone Europe/London (an empty feed, to add channels and contact reasons before anything happens), or clearline new incident; or give --feed`,
    notStatus: (file: string) => `${file} is not a status feed ("type": "status")`,
    once: (option: string) => `this feed is written in one language; give --${option} once`,
    each: (option: string, langs: string[]) => `this feed is written in ${langs.join(', ')}; give one --${option} per language, in that order, so no reader gets another language's words: --lang ${langs.join(',')}${` --${option} "…"`.repeat(langs.length)}`,
    otherLang: (given: string[], langs: string[]) => `--lang ${given.join(',')}: this feed is written in ${langs.join(', ')}, not in ${given.join(', ')}; give --lang with its languages (one alone: --lang ${langs.at(-1)}). Nothing was changed`,
    conflict: (file: string, what: Changed, done: Done) => `${file} changed while the ${what === 'reason' ? 'contact reason' : what} was being ${done} (someone else edited it?); nothing was written. Run the same command again`,
  },
  nl: {
    missing: (file: string) => `${file} bestaat nog niet; maak het eerst: clearline new feed --feed-id ID --time-zone Europe/Amsterdam (een lege feed, om kanalen en contactredenen toe te voegen voor er iets gebeurt), of clearline new incident; of geef --feed`,
    notStatus: (file: string) => `${file} is geen statusfeed ("type": "status")`,
    once: (option: string) => `deze feed is in één taal geschreven; geef --${option} één keer`,
    each: (option: string, langs: string[]) => `deze feed staat in ${langs.join(', ')}; geef één --${option} per taal, in die volgorde, zodat geen lezer de woorden van een andere taal krijgt: --lang ${langs.join(',')}${` --${option} "…"`.repeat(langs.length)}`,
    otherLang: (given: string[], langs: string[]) => `--lang ${given.join(',')}: deze feed staat in ${langs.join(', ')}, niet in ${given.join(', ')}; geef --lang met die talen (één taal alleen: --lang ${langs.at(-1)}). Er is niets gewijzigd`,
    conflict: (file: string, what: Changed, done: Done) =>
      `${file} is gewijzigd terwijl ${{ channel: 'het kanaal', reason: 'de contactreden', feed: 'de feed' }[what]} werd ${{ added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' }[done]} (heeft iemand anders het bewerkt?); er is niets opgeslagen. Voer dezelfde opdracht opnieuw uit`,
  },
} as const;

/**
 * The feed file as read (to detect a concurrent edit) and parsed. Said in the desk's language: `lang` (the command's
 * --lang, when there is no feed yet to say it), else the file's or the folder's; a file that is not JSON as readJson says it.
 */
export async function readStatusFeed(file: string, lang?: string): Promise<{ original: string; feed: Obj }> {
  const desk = async () => (lang ? uiLanguage(lang) : (await ownLanguage(file)) ?? (await folderLanguage()));
  if (!(await exists(file))) throw new CliError(SAID[await desk()].missing(file));
  const original = await readText(file, 'the feed');
  const feed = await parseJson(file, original);
  if (!isObj(feed) || feed.type !== 'status') throw new CliError(SAID[await desk()].notStatus(file), 1, 'invalid');
  return { original, feed };
}

/** Writes `feed` unless the file changed since it was read: two people editing at once must not overwrite each other. Said in `lang`, the desk's. */
export async function writeIfUnchanged(file: string, original: string, feed: Obj, what: Changed, done: Done, lang: UiLanguage = 'en'): Promise<void> {
  if ((await readText(file, 'the feed')) !== original) {
    throw new CliError(SAID[lang].conflict(file, what, done), 1, 'conflict');
  }
  await writeText(file, json(feed) + '\n');
}

/**
 * One text per language (or, with `oneForAll`, one for all of them: a channel's name such as "Servicedesk"), as a feed text
 * value; a refusal said in `lang`, the desk's. Without it, one text for several languages is refused, as `update` refuses one
 * --known: `new reason --name "Mijn afval is niet opgehaald"` on a feed in nl and en gave English readers the Dutch.
 */
export function textFor(texts: string[], langs: string[], option: string, lang: UiLanguage = 'en', oneForAll = true): Channel['label'] | undefined {
  if (!texts.length) return undefined;
  if (langs.length === 1 && langs[0] === '') {
    if (texts.length > 1) throw new CliError(SAID[lang].once(option));
    return texts[0]!;
  }
  if (texts.length === 1 && langs.length > 1 && !oneForAll) throw new CliError(SAID[lang].each(option, langs));
  if (texts.length === 1) return Object.fromEntries(langs.map((l) => [l, texts[0]!]));
  return newText(texts, langs, undefined, option, UPDATE_TERMS[lang]) as Channel['label'];
}

/**
 * The languages of the texts a command is given (--lang; without it the feed's, defaultLanguages). On a feed with texts, a
 * language they are not written in is refused, said in `lang`: `--lang eng` (for en) or `--lang ne` (for nl) made a text no
 * reader gets, and `edit channel` was refused with a line "missing in Nepali" for every text of the feed, `edit feed` wrote it
 * and sign then refused the feed. `--lang NL` is the feed's nl.
 */
export function textLanguages(given: unknown, feed: unknown, lang: UiLanguage): string[] {
  const written = writtenLanguages(feed);
  const langs = parseLangs(given, defaultLanguages(feed)).map((l) => written.find((w) => w.toLowerCase() === l.toLowerCase()) ?? l);
  const other = written.length ? langs.filter((l) => !written.includes(l)) : [];
  if (other.length) throw new CliError(SAID[lang].otherLang(other, written));
  return langs;
}

/**
 * Whether one --hours or --reason may stand for every language of the feed: only when it is no running text, by lint's own
 * measure (text-same-in-languages: fewer than 3 words with letters). "24/7" and "8–17" are the same in Dutch and English;
 * "Veel vragen over de storing" or "Dag en nacht" copied into English is Dutch to English readers (refused, as one --name
 * of a contact reason is since e8e447c). Short words such as "ma–vr" still pass: no word list tells the language apart.
 */
export const oneForAllLanguages = (texts: readonly string[]): boolean => texts.length !== 1 || wordCount(texts[0]!) < CLARITY_LIMITS.sameTextWords;

/**
 * A changed text on top of the old one: texts given for some languages (--lang en --name …) keep the others. A plain old
 * text ("24/7", a publisher's name "Waterbedrijf") stood for every language of the feed (`langs`) and stays theirs: `edit feed
 * --lang en --publisher …` wrote the English name alone, and Dutch readers lost the name.
 */
export function withTexts<T>(old: unknown, given: T, langs: readonly string[] = []): T {
  if (!isObj(given)) return given;
  if (isObj(old)) return { ...old, ...given } as T;
  if (typeof old !== 'string' || !old.trim()) return given;
  return { ...Object.fromEntries(langs.filter(Boolean).map((l) => [l, old])), ...given } as T;
}

/** A phone line (not an emergency line) with a wait and no reason: callers hear no why (export/lint.ts ivr-no-reason, a warning). */
export const waitWithoutReason = (c: Obj): boolean => c.kind === 'phone' && c.emergency !== true && typeof c.wait_minutes === 'number' && c.wait_minutes > 0 && (c.reason === undefined || c.reason === '');

/**
 * A channel's link as `new channel` and `edit channel` report it: the feed's form and, for a number, the form the desk
 * dials in the feed's country, `tel:+448001234567 (0800 123 4567)`. A broadband provider's desk typed 0800 123 4567 and
 * read back only `tel:+448001234567`, and could not tell whether its number had been taken right.
 */
export function linkSaid(href: string, timeZone: string | undefined, lang = 'en'): string {
  const dialled = linkRead(href, timeZone, lang);
  // A text line is said only as readers see it; tel:999 is 999 as dialled: said once.
  if (!/^tel:/i.test(href)) return dialled;
  return dialled !== href && dialled !== href.slice(4) ? `${href} (${dialled})` : href;
}

/**
 * A channel's link as people read it, for `edit channel`'s list: a text line as readers see it, "Text OUT to (316) 555-0142",
 * "Sms STORING naar 06 1234 5678" (trial T: the raw sms:+13165550142?body=OUT told the desk nothing it could check), a number
 * as the desk dials it in the feed's country (0800 123 4567; another country's +32 78 170 170), anything else as it is.
 */
export function linkRead(href: string, timeZone: string | undefined, lang = 'en'): string {
  const sms = smsParts(href);
  if (sms) return textTo(formatTel(sms.tel, numberLang(lang, timeZone)), sms.body, lang);
  return /^tel:/i.test(href) ? deskLink(href, callingCodeForZone(timeZone)) : href;
}
