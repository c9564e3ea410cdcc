/**
 * The language the CLI speaks to the service desk about a feed: the option that names the output's
 * language when the command has one (`export --lang`), else the feed's first language, as `new
 * incident` and `new channel` take the feed's languages for their texts. Dutch for `nl` and its
 * regional tags (nl-BE), English for everything else, so an English feed keeps its English messages.
 */
import { feedLanguages, unwrittenLanguages } from '../feed/languages.js';
import type { FeedDraft } from '../feed/update.js';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';

/** The document's first language, or undefined when it has no texts in a named language (yet). */
export function documentLanguage(feed: unknown): UiLanguage | undefined {
  const first = writtenLanguages(feed)[0];
  return first ? uiLanguage(first) : undefined;
}

/** The languages the document's texts are written in, in order of first use: [] when it has none in a named language (yet). */
export function writtenLanguages(feed: unknown): string[] {
  const doc = typeof feed === 'object' && feed !== null ? (feed as FeedDraft & { entries?: unknown }) : undefined;
  if (!doc) return [];
  // An FAQ document (verify, heartbeat) has no incidents: its questions say its languages.
  const questions = Array.isArray(doc.entries) ? (doc.entries as { question?: unknown }[]).map((e) => ({ title: e?.question })) : [];
  // A feed made by `new feed` whose only texts are its contact reasons speaks their language: a Dutch desk's
  // `new reason` was confirmed, and its `edit reason` listed, in English.
  const reasons = Array.isArray(doc.contact_reasons) ? (doc.contact_reasons as { label?: unknown }[]).map((r) => ({ title: r?.label })) : [];
  const incidents = [...(Array.isArray(doc.incidents) ? doc.incidents : []), ...questions, ...reasons] as FeedDraft['incidents'];
  return feedLanguages({ incidents, channels: Array.isArray(doc.channels) ? doc.channels : [] }, []).filter(Boolean);
}

/**
 * The languages of an FAQ document's questions (or its signed envelope's payload, already opened), [] for anything else.
 * A folder with x.en.md and x.nl-BE.md builds questions that start in English; its desk's language is the feed's beside it
 * when the FAQ is written in that one too (io.ts ownLanguage): a Flemish desk's `sign faq.json` answered in English (trial U).
 */
export function faqLanguages(doc: unknown): UiLanguage[] {
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { entries?: unknown }).entries)) return [];
  return [...new Set(writtenLanguages(doc).map(uiLanguage))];
}

/**
 * The desk's language for a document without --lang: its texts', else, for a status feed without texts yet (just made by
 * `new feed`), the language its first texts are about to be written in (writerLanguage: its clock's, Dutch on Dutch time),
 * the one rule `new channel`, `new reason` and `edit reason` speak by. A Dutch desk's empty feed was answered in English by
 * `edit channel`, `--help` and the usage errors, in Dutch by `edit reason`. Undefined for anything else (an FAQ without
 * questions, a feed in plain strings).
 */
export function feedDeskLanguage(doc: unknown): UiLanguage | undefined {
  const own = documentLanguage(doc);
  if (own || typeof doc !== 'object' || doc === null || (doc as { type?: unknown }).type !== 'status') return own;
  const langs = defaultLanguages(doc);
  return langs[0] ? writerLanguage(doc, langs) : undefined;
}

export function deskLanguage(feed: unknown, lang?: string): UiLanguage {
  return lang === undefined ? (feedDeskLanguage(feed) ?? 'en') : uiLanguage(lang);
}

/** The language a desk making a feed on this zone's time most likely speaks (`new feed`): Dutch on Dutch or Belgian time, else undefined. */
export const zoneLanguage = (zone: unknown): UiLanguage | undefined => (zone === 'Europe/Amsterdam' || zone === 'Europe/Brussels' ? 'nl' : undefined);

/** The languages a feed without texts yet is written in without --lang: its contact reasons', else its clock's (feed/languages.ts). */
export const emptyFeedLanguages = (feed: unknown): string[] => unwrittenLanguages(typeof feed === 'object' && feed !== null ? feed : {});

/** The languages a command writes in without --lang: the feed's texts', else emptyFeedLanguages. */
export const defaultLanguages = (feed: unknown): string[] =>
  feedLanguages((typeof feed === 'object' && feed !== null ? feed : {}) as FeedDraft, emptyFeedLanguages(feed));

/**
 * The desk's language for a command that writes texts into the feed (`new channel`, `new reason`): the feed's, else,
 * for a feed without texts yet (just made by `new feed`), the first language it is about to be written in (`langs`:
 * --lang, else nl,en), which then becomes the feed's. The first channel of a Dutch desk was answered in English.
 */
export const writerLanguage = (feed: unknown, langs: readonly string[]): UiLanguage => documentLanguage(feed) ?? uiLanguage(langs[0] ?? 'en');

/**
 * The first language of a file that is not valid JSON (a comma missing): the first key of its first
 * title, text, name or question (`"title": {"nl": …`), read as text; undefined when there is none.
 */
export function textLanguage(text: string): UiLanguage | undefined {
  const m = /"(?:title|known|unknown|label|question)"\s*:\s*\{\s*"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)"\s*:/.exec(text);
  return m ? uiLanguage(m[1]) : undefined;
}
