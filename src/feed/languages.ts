/**
 * The languages a feed is written in, read from its texts: the studio's form and `clearline new
 * channel` both ask for one text per language, so both use this. Pure: no DOM.
 */
import { isNanpZone } from './dialling.js';
import type { FeedDraft } from './update.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A BCP 47 language key in a text map: `nl`, `en`, `nl-BE`. */
const LANG_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The languages of a feed's titles, texts and channel names, in order of first use; `['']` for a
 * feed written in plain strings (one unnamed language); `fallback` for a feed with no texts yet.
 */
export function feedLanguages(feed: Pick<FeedDraft, 'incidents' | 'channels'>, fallback: readonly string[]): string[] {
  const found = new Set<string>();
  let plain = false;
  const look = (v: unknown) => {
    if (typeof v === 'string') plain = true;
    else if (isObj(v)) Object.keys(v).filter((k) => LANG_KEY.test(k)).forEach((k) => found.add(k));
  };
  for (const inc of feed.incidents ?? []) [inc.title, inc.known, inc.unknown].forEach(look);
  for (const c of feed.channels ?? []) look(c.label);
  if (found.size) return [...found];
  return plain ? [''] : [...fallback];
}

/** Zones whose readers and desk write English, not Dutch: Britain, Ireland, Australia, New Zealand (and the US and Canada: isNanpZone). */
const ENGLISH_ZONE = /^(?:Europe\/(?:London|Belfast|Dublin|Guernsey|Jersey|Isle_of_Man)|Australia\/.+|Pacific\/Auckland)$/;

/**
 * The languages a feed without texts yet is written in when nobody named them (`new channel`, `new reason`, `new incident`
 * without --lang; the studio's new incident): English only on a British, Irish, North American or Australasian clock, else
 * nl,en. A London bank's desk that made its feed with `new feed --lang en` (which keeps no languages) got Dutch copies of
 * every channel name, and in the studio a Dutch title, text and "Affects" field beside each English one.
 */
export const zoneLanguages = (zone: unknown): string[] =>
  typeof zone === 'string' && (ENGLISH_ZONE.test(zone) || isNanpZone(zone)) ? ['en'] : ['nl', 'en'];

/**
 * The languages of a feed without incident or channel texts: its contact reasons' (written by `new reason` or a template
 * before any channel), else its publisher name's (`new feed --lang nl`), else its clock's (zoneLanguages). The fallback of feedLanguages for `new channel`, `new reason`,
 * `new incident` without --lang, and the studio's new incident.
 */
export function unwrittenLanguages(feed: { time_zone?: unknown; contact_reasons?: unknown; publisher?: unknown }): string[] {
  const reasons = Array.isArray(feed.contact_reasons) ? (feed.contact_reasons as { label?: unknown }[]) : [];
  // Then the publisher's name, written in the languages `new feed --lang` named (new-feed.ts).
  const name = isObj(feed.publisher) && isObj(feed.publisher.name) ? [{ label: feed.publisher.name }] : [];
  const found = feedLanguages({ incidents: [], channels: [...reasons.map((r) => ({ label: r?.label })), ...name] as unknown as FeedDraft['channels'] }, []);
  return found.length && found[0] !== '' ? found : zoneLanguages(feed.time_zone);
}
