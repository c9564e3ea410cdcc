/**
 * Adding a contact channel to a feed: a fresh id, its name in each language as a `[[TODO: …]]`
 * placeholder (lint refuses to sign until it is written), and its link made from what people type
 * (a phone number becomes an E.164 `tel:` link, read in the feed's country; an e-mail address
 * `mailto:`, a web address `https:`). What is still wrong is left for the schema and lint to say,
 * next to the field.
 * Pure: no DOM.
 */
import { suggestTel } from './phone.js';
import { CHANNEL_KINDS, type Channel, type ChannelKind, type TextValue } from './schema.js';

export { CHANNEL_KINDS };

/** Guidance for a new channel's name, per language (other languages get the English one). */
const NAME_TODO: Record<string, string> = {
  en: '[[TODO: name, e.g. Customer service]]',
  nl: '[[TODO: naam, bijv. Klantenservice]]',
};

/** A channel id not yet used in `channels`: `phone`, then `phone-2`, `phone-3`… */
export function newChannelId(kind: ChannelKind, channels: readonly Pick<Channel, 'id'>[]): string {
  const used = new Set(channels.map((c) => c.id));
  let id: string = kind;
  for (let n = 2; used.has(id); n++) id = `${kind}-${n}`;
  return id;
}

/** A new channel of `kind` for a feed written in `langs` ('' for a feed in one unnamed language); its link still to fill in. */
export function newChannel(kind: ChannelKind, channels: readonly Pick<Channel, 'id'>[], langs: readonly string[]): Channel {
  const label: TextValue = langs.length === 1 && langs[0] === '' ? NAME_TODO.en! : Object.fromEntries(langs.map((l) => [l, NAME_TODO[l.split('-')[0]!] ?? NAME_TODO.en!]));
  return { id: newChannelId(kind, channels), kind, label, href: '' };
}

/**
 * The link a channel needs, from what was typed: `0800-9009` -> `tel:+318009009` (a national
 * number is read in the country of `countryCode`, from the feed's time zone: feed/dialling.ts
 * callingCodeForZone; without it, it stays national and lint asks for the international form),
 * `help@example.nl` -> `mailto:…`, `www.example.nl/chat` -> `https://…`. Anything else (or
 * anything with a scheme) is kept as typed.
 */
export function channelLink(input: string, countryCode?: string): string {
  const s = input.trim();
  if (!s) return '';
  if (/^tel:/i.test(s)) return suggestTel(s, countryCode) ?? s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s;
  if (/^\+?[\d\s().-]{3,}$/.test(s)) return suggestTel(`tel:${s}`, countryCode) ?? `tel:${s.replace(/\s+/g, '')}`;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(s)) return `mailto:${s}`;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(s)) return `https://${s}`;
  return s;
}

interface WithChannels {
  channels?: readonly { id: string }[];
  contact_reasons?: readonly { id: string; channels?: readonly string[] }[];
}

/**
 * The feed without channel `id`, and without the contact reasons' references to it (a reason that
 * offers a channel that is gone would be refused when signing). A new object; `reasons` names the
 * contact reasons that offered it.
 */
export function removeChannel<T extends WithChannels>(feed: T, id: string): { feed: T; reasons: string[] } {
  const reasons: string[] = [];
  const contact_reasons = feed.contact_reasons?.map((r) => {
    if (!r.channels?.includes(id)) return r;
    reasons.push(r.id);
    return { ...r, channels: r.channels.filter((c) => c !== id) };
  });
  const next = { ...feed, channels: (feed.channels ?? []).filter((c) => c.id !== id) };
  if (contact_reasons) next.contact_reasons = contact_reasons;
  return { feed: next, reasons };
}

/**
 * The id a channel takes when its kind is changed in an editor. "Add channel" starts as a phone
 * line, so a website added that way was `phone-2` in reports and `clearline edit channel --id`; a
 * channel not yet published whose id is still the one made from its kind follows the new kind
 * (`web`). A published id never changes: reports and the contact reasons' history use it.
 */
export function idForKind(c: Pick<Channel, 'id' | 'kind'>, kind: ChannelKind, channels: readonly Pick<Channel, 'id'>[], published: readonly string[]): string {
  if (published.includes(c.id) || !new RegExp(`^${c.kind}(-\\d+)?$`).test(c.id)) return c.id;
  return newChannelId(kind, channels.filter((x) => x.id !== c.id));
}

/**
 * A channel has no "out of service" state: a desk whose line went down after a cyberattack writes
 * "Klantenservice (telefoon werkt nu niet)" or "E-mail: not working at the moment" as its name, and
 * readers still get the number or address to tap. The studio and `clearline new/edit channel` say so.
 */
const DOWN = /\b(?:werkt (?:nu |op dit moment |even )?niet|buiten gebruik|(?:niet |on)bereikbaar|is down|down at|out of (?:service|order)|not working|unavailable|cannot be reached)\b/i;

/** True when the channel's own name or reason says, in Dutch or English, that it does not work. */
export const saysDown = (c: Pick<Channel, 'label' | 'reason'>): boolean =>
  [c.label, c.reason].some((v) => v !== undefined && Object.values(typeof v === 'string' ? [v] : v).some((s) => DOWN.test(s)));
