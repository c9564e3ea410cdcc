/**
 * A new status feed: who publishes it, the id readers pin (`feed-id`) and the zone its clock times
 * are in. One place for `clearline new incident --feed-id --publisher --publisher-url --time-zone`
 * and the editor's "new feed" fields: the same defaults, placeholders and checks.
 * Pure: no DOM, no Node.
 */
import { NEW_FEED_PLACEHOLDERS, NEW_FEED_PROBLEMS } from '../i18n/new-feed-terms.js';
import type { UiLanguage } from '../i18n/terms.js';
import { zoneLanguages } from './languages.js';
import { isTimeZone, localZone } from './times.js';
import { zoneName } from './zone-name.js';
import type { FeedDraft } from './update.js';

/** What a new feed says until the publisher fills it in; lint refuses to sign while it is there. */
export const PUBLISHER_NAME_TODO = NEW_FEED_PLACEHOLDERS.en.name;
export const PUBLISHER_URL_TODO = NEW_FEED_PLACEHOLDERS.en.url;

/** The feed id format of the schema: 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit. */
const FEED_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface NewFeedOptions {
  /** The id readers pin with `feed-id`; '' while none is chosen (the schema then reports it). */
  feedId: string;
  publisher?: string;
  publisherUrl?: string;
  /** The public status page (`status_url`), as people type it ("www.example.nl/storingen"); none when not given. */
  statusUrl?: string;
  /** IANA zone; default this computer's (or browser's). */
  timeZone?: string;
  /** The language of the placeholders for a missing name or URL (a Dutch studio: Dutch); default English. */
  lang?: UiLanguage;
  /**
   * The languages the desk named (`new feed --lang nl`): when they are not its clock's (languages.ts zoneLanguages), the
   * publisher's name is written in them, which is how the next commands and the studio know them (unwrittenLanguages).
   * Before, a Dutch-only municipality's `new channel` wrote every name twice, as "nl" and as "en".
   */
  languages?: readonly string[];
}

/** A feed id from a publisher's name: "Utrecht Energie" -> "utrecht-energie", "Café & Co." -> "cafe-co". */
export function suggestFeedId(publisher: string): string {
  return publisher
    .replace(/\[\[[^\]]*\]\]/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Why a feed id cannot be used, or undefined when it can; said in `lang` (the desk's: a Dutch desk read English). */
export function feedIdProblem(id: string, lang: UiLanguage = 'en'): string | undefined {
  const t = NEW_FEED_PROBLEMS[lang];
  if (!id) return t.noId;
  if (!FEED_ID.test(id)) return t.badId(id, suggestFeedId(id) || 'utrecht-energie');
  return undefined;
}

/** Why a time zone cannot be used, or undefined when it can; said in `lang`. */
export function timeZoneProblem(zone: string, lang: UiLanguage = 'en'): string | undefined {
  return isTimeZone(zone) ? undefined : NEW_FEED_PROBLEMS[lang].badZone(zone);
}

/**
 * A time zone as the desk typed it, in the zone's own spelling ("europe/amsterdam", "Amsterdam" -> Europe/Amsterdam),
 * for the studio's field and `--time-zone`; what is no zone is kept as typed, for timeZoneProblem to say so.
 */
export const zoneSpelling = (typed: string): string => zoneName(typed) ?? typed.trim();

/** A website as people type it ("www.example.nl") as the https: URL the feed needs; other schemes are left for the schema to refuse. */
export function publisherUrl(input: string): string {
  const s = input.trim();
  if (!s || /^[a-z][a-z0-9+.-]*:/i.test(s)) return s;
  return /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(s) ? `https://${s}` : s;
}

/** The publisher's name, in the languages named when they are not the clock's; else as typed. */
function namedIn(name: string, languages: readonly string[] | undefined, zone: string): FeedDraft['publisher']['name'] {
  if (!languages?.length || languages.join(',') === zoneLanguages(zone).join(',')) return name;
  return Object.fromEntries(languages.map((l) => [l, name]));
}

/** A new, empty status feed; a missing publisher name or URL is a `[[TODO: …]]` placeholder, as in the templates. */
export function newFeed(o: NewFeedOptions): FeedDraft {
  const todo = NEW_FEED_PLACEHOLDERS[o.lang ?? 'en'];
  const zone = o.timeZone || localZone();
  return {
    type: 'status',
    version: 1,
    feed_id: o.feedId,
    time_zone: zone,
    publisher: { name: namedIn(o.publisher?.trim() || todo.name, o.languages, zone), url: publisherUrl(o.publisherUrl ?? '') || todo.url },
    ...(o.statusUrl?.trim() ? { status_url: publisherUrl(o.statusUrl) } : {}),
    channels: [],
    incidents: [],
  };
}

/** True for a feed that has no identity yet (a new feed): the editor then asks for it. */
export const needsIdentity = (feed: Pick<FeedDraft, 'feed_id'>): boolean => !feed.feed_id;
