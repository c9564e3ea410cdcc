/**
 * `update --affects`: the texts given, as the incident's `affects` list (Text[], docs/feed-format.md), each item written in
 * the incident's languages as its title is. Trial: a one-language feed ({"en": …} texts) got `"Tewkesbury"` as a plain string,
 * and a bilingual desk could give one item per language but not "App" and "Online bankieren" / "Online banking" at once.
 * With --lang the texts are read one item at a time, each in the order of --lang, as --title reads one text per language:
 * `--lang nl,en --affects App --affects App --affects "Online bankieren" --affects "Online banking"`. Without --lang, each text
 * is one item; in an incident of several languages it stands for all of them only when it is a name or a number ("Card
 * Stop", "Lijn 1"), as one `new channel --name` or `--hours` does, and not when it reads as one language (lint's
 * text-in-one-language, trial U: "online bankieren (traag)"). Old feeds with plain strings stay valid and readable.
 */
import type { TextValue } from '../feed/schema.js';
import { languageNames } from '../lint/rules/language.js';
import { readsByWords, vocabulary } from '../lint/rules/plain-language.js';
import { writtenIn } from '../lint/rules/text-language.js';
import { textsOf } from '../lint/walk.js';
import { quoted as q } from '../lint/shell.js';
import { CliError, type Obj } from './command.js';
import { oneForAllLanguages } from './channel-file.js';

type Said = 'en' | 'nl';
const options = (texts: readonly string[]) => texts.map((s) => `--affects ${q(s)}`).join(' ');

export const AFFECTS_SAID = {
  en: {
    item: (n: number) => `item ${n}`,
    missing: 'missing',
    empty: 'empty',
    count: (langs: string, names: string, k: number, n: number, read: string, eg: string) =>
      `--lang ${langs} names ${k} languages (${names}), so every affected item needs ${k} --affects texts, one per language in that order; you gave ${n}. Read that way: ${read}. Give the missing text, for example: ${eg}`,
    blank: (read: string, eg: string) => `an affected item has an empty text in one language: ${read}. Give every item a text in each language, for example: ${eg}`,
    alsoIn: (names: string, eg: string) => `this incident is also written in ${names}: give every affected item in each of its languages, in the order of --lang, for example: ${eg}`,
    once: (text: string, names: string, why: string, eg: string) =>
      `--affects ${q(text)} would be shown as written to readers of every language (${names}), and ${why}. Give each item once per language, in the order of --lang: ${eg}`,
    reads: (name: string, other: string) => `it reads as ${name}: readers of ${other} would get it in ${name}`,
    running: 'one text for every language suits only a name or a number ("Card Stop", "Lijn 1")',
  },
  nl: {
    item: (n: number) => `punt ${n}`,
    missing: 'ontbreekt',
    empty: 'leeg',
    count: (langs: string, names: string, k: number, n: number, read: string, eg: string) =>
      `--lang ${langs} noemt ${k} talen (${names}), dus elk getroffen punt heeft ${k} --affects-teksten nodig, één per taal in die volgorde; u gaf er ${n}. Zo gelezen: ${read}. Geef de tekst die ontbreekt, bijvoorbeeld: ${eg}`,
    blank: (read: string, eg: string) => `een getroffen punt heeft in één taal een lege tekst: ${read}. Geef elk punt een tekst in elke taal, bijvoorbeeld: ${eg}`,
    alsoIn: (names: string, eg: string) => `dit incident staat ook in het ${names}: geef elk getroffen punt in elk van zijn talen, in de volgorde van --lang, bijvoorbeeld: ${eg}`,
    once: (text: string, names: string, why: string, eg: string) =>
      `--affects ${q(text)} zou zoals hij er staat getoond worden aan lezers in elke taal (${names}), en ${why}. Geef elk punt één keer per taal, in de volgorde van --lang: ${eg}`,
    reads: (name: string, other: string) => `hij leest als ${name}: wie ${other} leest, krijgt hem in het ${name}`,
    running: 'één tekst voor elke taal past alleen bij een naam of een nummer ("Card Stop", "Lijn 1")',
  },
} as const;

export interface AffectsInput {
  /** The --affects texts, as given. */
  texts: readonly string[];
  /** The --lang languages ([] without --lang). */
  langs: readonly string[];
  /** The languages the incident's title and texts are written in ([] for plain strings). */
  written: readonly string[];
  /** The feed, for the words its Dutch and English texts use (lint's readsByWords). */
  feed: Obj;
  /** `clearline update feed.json --incident ID [--correct]`: the start of the commands the refusals give. */
  command: string;
  said: Said;
}

/** The new `affects` list; undefined when --affects was not given, [] for `--affects ""` (clears it). */
export function affectsList({ texts, langs, written, feed, command, said }: AffectsInput): TextValue[] | undefined {
  if (!texts.length) return undefined;
  if (texts.every((s) => !s.trim())) return [];
  const t = AFFECTS_SAID[said];
  const names = (tags: readonly string[]) => languageNames([...tags], said);
  if (langs.length) {
    const k = langs.length;
    const groups = Array.from({ length: Math.ceil(texts.length / k) }, (_, i) => texts.slice(i * k, i * k + k));
    const read = groups.map((g, i) => `${t.item(i + 1)}: ${langs.map((l, j) => `${names([l])} ${g[j] === undefined ? t.missing : g[j]!.trim() ? q(g[j]!) : t.empty}`).join(', ')}`).join('; ');
    const eg = `${command} --lang ${langs.join(',')} ${options(groups.flatMap((g) => langs.map((_, j) => (g[j]?.trim() ? g[j]! : '…'))))}`;
    if (texts.length % k) throw new CliError(t.count(langs.join(','), names(langs), k, texts.length, read, eg));
    if (texts.some((s) => !s.trim())) throw new CliError(t.blank(read, eg));
    const missing = written.filter((l) => !langs.includes(l));
    if (missing.length) {
      const all = [...langs, ...missing];
      throw new CliError(t.alsoIn(names(missing), `${command} --lang ${all.join(',')} ${options(groups.flatMap((g) => all.map((_, j) => g[j] ?? '…')))}`));
    }
    // One language for an incident in plain strings stays a plain string, as newText keeps a plain title (update-edit.ts).
    if (k === 1 && !written.length) return [...texts];
    return groups.map((g) => Object.fromEntries(langs.map((l, j) => [l, g[j]!])));
  }
  const items = texts.filter((s) => s.trim());
  if (written.length < 2) return written.length ? items.map((s) => ({ [written[0]!]: s })) : items;
  const words = vocabulary(textsOf(feed));
  const primary = (l: string) => l.toLowerCase().split('-')[0];
  const readAs = (s: string) => writtenIn(s) ?? readsByWords(s, words);
  // The example puts each text under the language it reads as (the first one when it reads as none), "…" for the others.
  const slot = (s: string) => Math.max(0, written.findIndex((l) => primary(l) === readAs(s)));
  for (const s of items) {
    const reads = readAs(s);
    const others = written.filter((l) => primary(l) !== reads);
    const why = reads && others.length ? t.reads(names([reads]), names(others)) : !oneForAllLanguages([s]) ? t.running : undefined;
    if (why) throw new CliError(t.once(s, names(written), why, `${command} --lang ${written.join(',')} ${options(items.flatMap((x) => written.map((_, j) => (j === slot(x) ? x : '…'))))}`));
  }
  return items.map((s) => Object.fromEntries(written.map((l) => [l, s])));
}
