/**
 * The studio's language: `--lang`, else the feed's first language (read from its text when it is not valid JSON, as io.ts
 * reads it: a Dutch desk's studio opened in English for a comma missing), else that of the feed.json beside it; for a feed
 * not made yet or without texts, Dutch on a Dutch or Belgian clock (the feed's time_zone, else this computer's), as `new
 * feed` speaks: a bank's desk on Amsterdam time started `clearline studio nieuw.json` and got an English page whose new
 * feed already had Europe/Amsterdam and "Dutch and English" chosen. Else English.
 */
import { readFile } from 'node:fs/promises';
import { localZone } from '../feed/times.js';
import { deskLanguage, zoneLanguage } from './desk-lang.js';
import { ownLanguage } from './io.js';

/** The feed file's time_zone, when it is JSON that has one. */
async function fileZone(path: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as { time_zone?: unknown })?.time_zone;
  } catch {
    return undefined;
  }
}

export async function studioLanguage(feedPath: string, lang?: string): Promise<'en' | 'nl'> {
  if (lang) return deskLanguage(undefined, lang);
  return (await ownLanguage(feedPath)) ?? zoneLanguage((await fileZone(feedPath)) ?? localZone()) ?? 'en';
}
