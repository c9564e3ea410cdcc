/**
 * Adding a contact channel to a feed: a fresh id, its name in each language as a `[[TODO: …]]`
 * placeholder (lint refuses to sign until it is written), and its link made from what people type
 * (a phone number becomes an E.164 `tel:` link, read in the feed's country; an e-mail address
 * `mailto:`, a web address `https:`). What is still wrong is left for the schema and lint to say,
 * next to the field.
 * Pure: no DOM.
 */
import { isCountryEmergencyNumber, isEmergencyServiceNumber, isShortNumber } from './dialling.js';
import { groupBelgian, groupBritish, groupDutch, groupIrish } from './phone.js';
import { smsParts } from '../content/links.js';
import { suggestTel } from './tel-suggest.js';
import { encodeKeyword } from './sms-keyword.js';
import { CHANNEL_KINDS, type Channel, type ChannelKind, type TextValue } from './schema.js';

export { CHANNEL_KINDS };

/**
 * Guidance for a new channel's name, per language (other languages get the English one). An example
 * any sector has: a municipality's desk was shown "Klantenservice" where it has residents, not customers.
 */
const NAME_TODO: Record<string, string> = {
  en: '[[TODO: name, e.g. Service desk]]',
  nl: '[[TODO: naam, bijv. Servicedesk]]',
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
 * A US or Canadian vanity number as it is advertised: `1-888-PRAIRIE`, `(800) FLOWERS`: the area code in
 * digits, the rest letters or digits, no dots (`prairie.net` is a web address).
 */
const VANITY = /^(?:\+?1[\s-]*)?\(?\d{3}\)?[\s-]*[a-z0-9][a-z0-9\s-]*$/i;
/** The letters on a phone's keypad. */
const KEYPAD: Readonly<Record<string, string>> = Object.fromEntries(['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'].flatMap((ls, i) => [...ls].map((l) => [l, String(i + 2)])));

/**
 * A phone number with an extension or menu choice typed after it: `020 7946 0018 ext 2`, `x2`, `toestel 2`,
 * `kies 2`, `tel:+442079460018;ext=2`. A phone link dials only the number, so lint refuses it and says so
 * (lint/rules/links.ts); before, the desk heard "not https:, mailto: or tel:", and a US desk's `ext` was
 * dialled as keypad letters (398). The number (without tel:) and what followed it; else undefined.
 */
const EXTENSION = /^((?:tel:)?\+?\(?\d[\d\s()./-]*\d)\s*[,;]?\s*((?:ext(?:ension)?|x|toestel|tst|toets|kies(?:\s+optie)?|optie|option|press|choose(?:\s+option)?)\s*[.:=]?\s*\d{1,6})\s*$/i;
export function phoneExtension(typed: string): { number: string; extension: string } | undefined {
  const m = EXTENSION.exec(typed.trim());
  return m ? { number: m[1]!.replace(/^tel:/i, ''), extension: m[2]! } : undefined;
}

/**
 * The link a channel needs, from what was typed: `0800-9009` -> `tel:+318009009` (a national
 * number is read in the country of `countryCode`, from the feed's time zone: feed/dialling.ts
 * callingCodeForZone; without it, it stays national and lint asks for the international form),
 * `help@example.nl` -> `mailto:…`, `www.example.nl/chat` -> `https://…`; in a US or Canadian feed a vanity
 * number by its keypad digits (`1-888-PRAIRIE` -> `tel:+18887724743`; before, it was refused as "not https:,
 * mailto: or tel:"). Anything else (or anything with a scheme) is kept as typed.
 */
export function channelLink(input: string, countryCode?: string): string {
  const s = input.trim();
  if (!s) return '';
  // Kept as typed, so lint names the extension (phoneExtension) instead of dialling its letters.
  if (phoneExtension(s)) return s;
  if (countryCode === '1' && VANITY.test(s) && /[a-z]/i.test(s)) {
    const dialled = s.replace(/[a-z]/gi, (c) => KEYPAD[c.toLowerCase()]!);
    return suggestTel(`tel:${dialled}`, countryCode) ?? `tel:${dialled.replace(/[\s()-]/g, '')}`;
  }
  if (/^tel:/i.test(s)) return suggestTel(s, countryCode) ?? s;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s;
  // Relay UK (18001 111): its groups kept, with dots (allowed in a tel: link), so readers show 18001 111, not 180 01111.
  if (/^18001[\s.-]*[01]/.test(s) && isShortNumber(`tel:${s}`)) return `tel:${s.replace(/[\s.-]+/g, '.')}`;
  // Belgians write a number with a slash after the zone: 078/35 35 99, 09/123.45.67 (before: refused as "not https:, mailto: or tel:").
  if (/^\+?[\d\s().-]{3,}$/.test(s) || /^0\d{1,3}\/[\d\s.]{5,}$/.test(s)) return suggestTel(`tel:${s}`, countryCode) ?? `tel:${s.replace(/\s+/g, '')}`;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(s)) return `mailto:${s}`;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(s)) return `https://${s}`;
  return s;
}

/** The `sms:` link for a number (`tel:…` or `sms:…`) and the words to send, percent-encoded: `sms:+13165550142?body=OUT`. Not in sms-link.ts, which readers load. */
const smsLink = (tel: string, body: string): string =>
  `sms:${tel.replace(/^(?:tel|sms):/i, '').replace(/\?.*$/, '')}${body.trim() ? `?body=${encodeKeyword(body.trim())}` : ''}`;

/**
 * The link a channel of `kind` takes: a text line's (`sms`, trial T) number as `sms:` (`tel:+13165550142` ->
 * `sms:+13165550142`), with `body` (the word people text, e.g. OUT) when given, else the words it had; "" removes
 * them. Any other kind's `sms:` link back as the `tel:` of its number. Other links as they are: lint names them.
 */
export function linkForKind(href: string, kind: string, body?: string): string {
  const sms = /^sms:/i.test(href);
  if (kind !== 'sms') return sms ? `tel:${href.slice(4).replace(/\?.*$/, '')}` : href;
  // A number still being typed in the studio (316-555-0143) keeps the word to send, until leaving the field makes it E.164.
  if (!sms && !/^tel:/i.test(href)) return body && /^\+?[0-9][0-9 ().-]{2,30}$/.test(href.trim()) ? smsLink(href.trim(), body) : href;
  return smsLink(href, body ?? smsParts(href)?.body ?? '');
}

/** A number as a desk dials it in its feed's country (by calling code), for examples in the studio and its lint words; elsewhere with + and the country code. */
export function dialledExample(countryCode?: string): string {
  return countryCode === '31' ? '030 123 4567' : countryCode === '44' ? '020 7946 0000' : countryCode === '32' ? '03 123 45 67' : countryCode === '1' ? '(312) 555-0142' : countryCode === '353' ? '01 555 0100' : '+44 20 7946 0000';
}

/**
 * A link as a service desk knows it, for the studio's Link fields: `tel:+442079460000` is
 * `020 7946 0000` in a feed from Britain (country code 44, from its time zone) and
 * `+44 20 7946 0000` elsewhere, `tel:+31301234567` is `030 123 4567` in a Dutch feed, `tel:+3231234567`
 * `03 123 45 67` in a Belgian one,
 * `mailto:help@example.nl` is `help@example.nl`; a web address stays as it is. Only a form that
 * channelLink turns back into the very same link is shown, so looking at a field never changes it.
 */
export function deskLink(href: string, countryCode?: string): string {
  // A text line's number as dialled too, (316) 555-0142 for sms:+13165550142?body=OUT; its word to send is kept when the number changes (studio, trial T).
  const sms = smsParts(href);
  const number = sms && deskLink(sms.tel, countryCode);
  if (number) return number === sms!.tel ? href : number;
  const shown = shownLink(href, countryCode);
  return shown !== href && channelLink(shown, countryCode) === href ? shown : href;
}

function shownLink(href: string, cc?: string): string {
  if (/^mailto:/i.test(href)) return href.slice(7);
  const tel = /^tel:\+(\d+)$/i.exec(href);
  // A Dutch municipality's 14 + its area code, as it writes it and readers see it (content/links.ts): 14 038, not 14038.
  if (cc === '31' && /^tel:140\d{2,3}$/i.test(href)) return `14 ${href.slice(6)}`;
  // Dots between groups (Relay UK's tel:18001.111) are shown as spaces: 18001 111.
  if (!tel) return /^tel:/i.test(href) ? href.slice(4).replace(/(\d)\.(?=\d)/g, '$1 ') : href;
  const d = tel[1]!;
  // A US or Canadian number in a feed from there: (312) 555-0142, as it is dialled and written at home.
  if (cc === '1' && /^1\d{10}$/.test(d)) return d.replace(/^1(\d{3})(\d{3})/, '($1) $2-');
  // The number without its country code when it is the feed's own country: dialled with a 0 there.
  const own = cc && cc !== '1' && d.startsWith(cc) ? d.slice(cc.length) : undefined;
  const grouped = d.startsWith('31') ? groupDutch(own !== undefined ? `0${own}` : `+${d}`) : d.startsWith('44') && groupBritish(d.slice(2));
  if (grouped) return d.startsWith('44') ? `${own !== undefined ? '0' : '+44 '}${grouped}` : grouped;
  // An Irish number as the Irish write it: 01 555 0100 and 1800 20 55 55 (no 0) in a feed from Ireland (before: 01800205555, trial W).
  if (/^353\d{8,10}$/.test(d)) return groupIrish(d.slice(3), own !== undefined);
  // A Belgian number as Belgians write it: 03 123 45 67 in a feed from Belgium (before: 031234567), else +32 3 123 45 67.
  if (/^32\d{8,9}$/.test(d)) return own !== undefined ? `0${groupBelgian(own)}` : `+32 ${groupBelgian(d.slice(2))}`;
  return own !== undefined ? `0${own}` : `+${d}`;
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
 * A line that goes before the feed's own: the emergency services (999 on a British clock, 911, 112), marked as an
 * emergency line. Readers see emergency lines in the feed's order, and a council's flood page listed its out-of-hours
 * line above "Police, fire and ambulance: 999". The country's number or 112, not every short public one: NHS 111 is no
 * emergency in Britain, and goes after 999. `zone` is the feed's time zone.
 */
export const listedFirst = (c: { href?: unknown; emergency?: unknown }, zone: string | undefined): boolean =>
  c.emergency === true && typeof c.href === 'string' && isEmergencyServiceNumber(c.href) && isCountryEmergencyNumber(c.href, zone);

/**
 * The channels with `channel` added where a new one goes: first when it is the emergency services (listedFirst),
 * else last. `clearline new channel` adds it so; the studio's "Add channel" once its link and tick say so
 * (placeAdded). A new array.
 */
export function withChannel<T extends { href?: unknown; emergency?: unknown }>(channels: readonly T[], channel: T, zone: string | undefined): T[] {
  return listedFirst(channel, zone) ? [channel, ...channels] : [...channels, channel];
}

/**
 * The studio adds a channel empty, at the end; its link and emergency tick come after. When they make it the
 * emergency services, it goes where `clearline new channel` puts it (withChannel): first. Only when this edit made it
 * so (`was`: listedFirst before it), so a desk that moved it down again with the Down button keeps its order.
 * A new array, or undefined when nothing moves.
 */
export function placeAdded<T extends { href?: unknown; emergency?: unknown }>(channels: readonly T[], i: number, was: boolean, zone: string | undefined): T[] | undefined {
  const c = channels[i];
  if (!c || i === 0 || was || !listedFirst(c, zone)) return undefined;
  return withChannel(channels.filter((_, j) => j !== i), c, zone);
}

/**
 * The channels with the one at `i` moved one place up or down. Their order is the order readers get: emergency lines
 * first, in this order, then the others (feed/channels.ts groupChannels). A council that added 999 after its own
 * out-of-hours line could not put it first in the studio. A new array; unchanged when the move would pass either end.
 */
export function moveChannel<T>(channels: readonly T[], i: number, dir: 'up' | 'down'): T[] {
  const to = dir === 'up' ? i - 1 : i + 1;
  const next = [...channels];
  if (i < 0 || i >= next.length || to < 0 || to >= next.length) return next;
  next.splice(to, 0, ...next.splice(i, 1));
  return next;
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

/**
 * A clause about something else that is down, up to the end of its sentence: a GP practice's temporary line
 * "Only two lines while our phone system is down", "Busy because online booking is unavailable", "instead of
 * our main line, which is not working", up to a comma or the end of the sentence. The line itself works; before,
 * the desk was told to remove it. "Because of the cyberattack our phone line is down" is still the line down.
 */
const OTHER = /(?:\b(?:while|whilst|because(?! of)|as long as|now that|until|instead of|in place of|if|when|omdat|doordat|zolang|terwijl|in plaats van|als|wanneer|indien)\b|,\s*(?:which|die|dat)\b)[^.,;!?]*/gi;

/**
 * True when the channel's own name or reason says, in Dutch or English, that it does not work. Never for the public
 * emergency number: a telecom's 999 "If your landline is down, use a mobile: 999 works on any network" was told
 * "Is it down? Remove it" at every step of a night's publishing (trial G); 999 is not the publisher's to take away.
 */
export const saysDown = (c: Pick<Channel, 'label' | 'reason'> & { href?: string }): boolean =>
  !(c.href && isEmergencyServiceNumber(c.href)) &&
  [c.label, c.reason].some((v) => v !== undefined && Object.values(typeof v === 'string' ? [v] : v).some((s) => DOWN.test(s.replace(OTHER, ''))));

/** A link still as the desk typed it: no scheme yet ("058 212 3456", "help@bank.example"). */
const stillTyped = (href: string | undefined): href is string => !!href?.trim() && !/^[a-z][a-z0-9+.-]*:/i.test(href.trim());
/** A text line's number typed without + yet (sms:316-555-0143?body=OUT, linkForKind): made E.164 as a phone line's is (trial T). */
const typedSms = (x: { href?: string; kind?: string }) => x.kind === 'sms' && /^sms:(?!\+)/i.test(x.href ?? '') && smsParts(x.href);

/**
 * The feed as it is once every link field is left: a link still as typed made a link (channelLink), as leaving the
 * field does. The studio checks and signs this, not the half-committed text: a bank's desk was told a correct
 * "058 212 3456" was "not a phone number" while the field had focus, and a number with a digit too many was an error
 * before it was left and a suggestion after (trial E). The field itself keeps what is typed.
 */
export function typedLinks<F extends { channels: Channel[]; incidents: { actions?: { href?: string }[] }[] }>(feed: F, countryCode?: string): F {
  const typed = feed.channels.some((c) => stillTyped(c.href) || typedSms(c)) || feed.incidents.some((i) => i.actions?.some((a) => stillTyped(a.href)));
  if (!typed) return feed;
  const link = <T extends { href?: string; kind?: string }>(x: T): T => {
    const sms = typedSms(x);
    if (sms) return { ...x, href: linkForKind(channelLink(sms.tel.slice(4), countryCode), 'sms', sms.body) };
    return stillTyped(x.href) ? { ...x, href: x.kind ? linkForKind(channelLink(x.href, countryCode), x.kind) : channelLink(x.href, countryCode) } : x;
  };
  return { ...feed, channels: feed.channels.map(link), incidents: feed.incidents.map((i) => (i.actions ? { ...i, actions: i.actions.map(link) } : i)) };
}
