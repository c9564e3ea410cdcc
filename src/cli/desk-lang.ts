/**
 * The language the CLI speaks to the service desk about a feed: the option that names the output's
 * language when the command has one (`export --lang`), else the feed's first language, as `new
 * incident` and `new channel` take the feed's languages for their texts. Dutch for `nl` and its
 * regional tags (nl-BE), English for everything else, so an English feed keeps its English messages.
 */
import { feedLanguages } from '../feed/languages.js';
import type { FeedDraft } from '../feed/update.js';
import { uiLanguage } from '../i18n/lang.js';
import type { UiLanguage } from '../i18n/terms.js';

export function deskLanguage(feed: unknown, lang?: string): UiLanguage {
  const doc = typeof feed === 'object' && feed !== null ? (feed as FeedDraft & { entries?: unknown }) : undefined;
  // An FAQ document (verify, heartbeat) has no incidents: its questions say its languages.
  const questions = Array.isArray(doc?.entries) ? (doc.entries as { question?: unknown }[]).map((e) => ({ title: e?.question })) : [];
  const incidents = [...(Array.isArray(doc?.incidents) ? doc.incidents : []), ...questions] as FeedDraft['incidents'];
  const first = lang ?? (doc ? feedLanguages({ incidents, channels: Array.isArray(doc.channels) ? doc.channels : [] }, ['en'])[0] : 'en');
  return uiLanguage(first);
}
