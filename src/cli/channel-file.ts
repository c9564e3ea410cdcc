/**
 * What `new channel` and `edit channel` share: reading a status feed once (and keeping exactly what
 * was read), writing it back only if nobody changed it meanwhile, and a text option per language.
 */
import type { Channel } from '../feed/schema.js';
import { CliError, isObj, json, type Obj } from './command.js';
import { exists, readText, writeText } from './io.js';
import { newText } from './update-edit.js';

/** The feed file as read (to detect a concurrent edit) and parsed. */
export async function readStatusFeed(file: string): Promise<{ original: string; feed: Obj }> {
  if (!(await exists(file))) throw new CliError(`${file} does not exist; make it first with clearline new incident (or give --feed)`);
  const original = await readText(file, 'the feed');
  let feed: unknown;
  try {
    feed = JSON.parse(original);
  } catch {
    throw new CliError(`${file} is not valid JSON; run clearline lint ${file}`, 1, 'invalid');
  }
  if (!isObj(feed) || feed.type !== 'status') throw new CliError(`${file} is not a status feed ("type": "status")`, 1, 'invalid');
  return { original, feed };
}

/** Writes `feed` unless the file changed since it was read: two people editing at once must not overwrite each other. */
export async function writeIfUnchanged(file: string, original: string, feed: Obj, doing: string): Promise<void> {
  if ((await readText(file, 'the feed')) !== original) {
    throw new CliError(`${file} changed while ${doing} (someone else edited it?); nothing was written. Run the same command again`, 1, 'conflict');
  }
  await writeText(file, json(feed) + '\n');
}

/** One text per language (or one for all of them), as a feed text value. */
export function textFor(texts: string[], langs: string[], option: string): Channel['label'] | undefined {
  if (!texts.length) return undefined;
  if (langs.length === 1 && langs[0] === '') {
    if (texts.length > 1) throw new CliError(`this feed is written in one language; give --${option} once`);
    return texts[0]!;
  }
  if (texts.length === 1) return Object.fromEntries(langs.map((l) => [l, texts[0]!]));
  return newText(texts, langs, undefined, option) as Channel['label'];
}

/** A changed text on top of the old one: texts given for some languages (--lang en --name …) keep the others. */
export function withTexts<T>(old: unknown, given: T): T {
  return isObj(old) && isObj(given) ? ({ ...old, ...given } as T) : given;
}
